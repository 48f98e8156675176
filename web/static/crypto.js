/* trustworkCrypto: the one place Trustwork encrypts, with the browser's own WebCrypto.
 *
 * A team's passphrase becomes an AES-GCM 256 key through PBKDF2-SHA-256; the key stays in
 * this page's memory under a small number (a handle), which is all Python ever holds. Its
 * raw bytes leave this file only sealed under a newer key of the same team (`wrap`), so a
 * new passphrase still opens what was sealed under an earlier one. Closing the page forgets every key. Each seal uses a fresh random
 * 12-byte IV, and binds the ciphertext to a context text (team, record, key) as additional
 * data, so ciphertext moved to another record or team does not open. Opening returns null
 * for anything that does not authenticate: never a partial or garbled text.
 */
(() => {
  "use strict";
  const IV_BYTES = 12;
  const keys = new Map();
  let lastHandle = 0;
  const encoder = new TextEncoder();
  const strictDecoder = new TextDecoder("utf-8", { fatal: true });

  const toBase64 = (bytes) => {
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  };
  const fromBase64 = (text) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

  window.trustworkCrypto = {
    /** Random bytes as base64: a team's salt, a key's id. */
    randomBase64(count) {
      return toBase64(crypto.getRandomValues(new Uint8Array(count)));
    },

    /** Derive the key of a passphrase; returns its handle, or 0 when the salt or the
     *  iteration count cannot be used (a damaged lock). */
    async deriveKey(passphrase, salt, iterations) {
      let key;
      try {
        const material = await crypto.subtle.importKey(
          "raw", encoder.encode(passphrase), "PBKDF2", false, ["deriveKey"]);
        key = await crypto.subtle.deriveKey(
          { name: "PBKDF2", hash: "SHA-256", salt: fromBase64(salt), iterations },
          material, { name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
      } catch {
        return 0;
      }
      lastHandle += 1;
      keys.set(lastHandle, key);
      return lastHandle;
    },

    /** Encrypt text: {iv, data}, both base64. */
    async seal(handle, text, context) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const data = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv, additionalData: encoder.encode(context) },
        keys.get(handle), encoder.encode(text));
      return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
    },

    /** The text sealed in {iv, data}, or null when it does not authenticate. */
    async open(handle, iv, data, context) {
      const key = keys.get(handle);
      if (!key) return null;
      try {
        const plain = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: fromBase64(iv), additionalData: encoder.encode(context) },
          key, fromBase64(data));
        return strictDecoder.decode(plain);
      } catch {
        return null;  // wrong key, changed byte, wrong context, bad base64: all the same
      }
    },

    /** Seal the raw bytes of the key `inner` with the key `outer`: {iv, data}. */
    async wrap(outer, inner, context) {
      const raw = new Uint8Array(await crypto.subtle.exportKey("raw", keys.get(inner)));
      return this.seal(outer, toBase64(raw), context);
    },

    /** The key sealed by `wrap`, as a new handle; 0 when it does not authenticate. */
    async unwrap(outer, iv, data, context) {
      const text = await this.open(outer, iv, data, context);
      if (text === null) return 0;
      try {
        const key = await crypto.subtle.importKey(
          "raw", fromBase64(text), { name: "AES-GCM" }, true, ["encrypt", "decrypt"]);
        lastHandle += 1;
        keys.set(lastHandle, key);
        return lastHandle;
      } catch {
        return 0;
      }
    },

    forget(handle) {
      keys.delete(handle);
    },
  };
})();
