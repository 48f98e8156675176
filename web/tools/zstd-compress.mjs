// Compresses files with Zstandard for build.py, using the zstd inside the pinned Pyodide
// (Python 3.14's compression.zstd), so the build needs no compressor of its own.
//
//   node web/tools/zstd-compress.mjs LEVEL INPUT OUTPUT [INPUT OUTPUT ...]
//
// Each output is one zstd frame that records its content size and a checksum; boot.js decodes it with
// the zstd decoder embedded in the page.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [level, ...paths] = process.argv.slice(2);
if (!/^\d+$/.test(level || "") || paths.length === 0 || paths.length % 2 !== 0) {
  console.error("usage: zstd-compress.mjs LEVEL INPUT OUTPUT [INPUT OUTPUT ...]");
  process.exit(2);
}

const pyodide = await loadPyodide({ _sysExecutable: "./this.program", env: {} });
const compress = pyodide.runPython(`
from compression import zstd

def compress(data, level):
    # With a checksum, a frame damaged in the page fails to unpack instead of
    # handing the runtime wrong bytes.
    options = {zstd.CompressionParameter.compression_level: level,
               zstd.CompressionParameter.checksum_flag: 1}
    return zstd.compress(data.to_bytes(), options=options)

compress
`);
for (let index = 0; index < paths.length; index += 2) {
  const [input, output] = [paths[index], paths[index + 1]];
  const packed = compress(new Uint8Array(readFileSync(input)), Number(level));
  writeFileSync(output, packed.toJs());
  packed.destroy();
}
compress.destroy();
