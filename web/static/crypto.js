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

  /** The AES-GCM key one ballot is sealed with: ECDH between `privateKey` and `publicKey`,
   *  then HKDF-SHA-256 bound to the ballot's own public key and its context. */
  const ballotKey = async (privateKey, publicKey, epk, context) => {
    const shared = await crypto.subtle.deriveBits(
      { name: "ECDH", public: publicKey }, privateKey, 256);
    const material = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    return crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: epk, info: encoder.encode(context) },
      material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  };

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

    /** A trust-scan round's ballot box: an ECDH P-256 key pair made here. Returns the
     *  public key (raw, base64) for the file, the private key's PKCS#8 bytes sealed under
     *  the passphrase key `outer` ({iv, data}), and the private key's handle. */
    async newBallotBox(outer, context) {
      const pair = await crypto.subtle.generateKey(
        { name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
      const raw = await crypto.subtle.exportKey("raw", pair.publicKey);
      const pkcs8 = await crypto.subtle.exportKey("pkcs8", pair.privateKey);
      const sealed = await this.seal(outer, toBase64(new Uint8Array(pkcs8)), context);
      lastHandle += 1;
      keys.set(lastHandle, pair.privateKey);
      return { publicKey: toBase64(new Uint8Array(raw)), iv: sealed.iv, data: sealed.data,
               handle: lastHandle };
    },

    /** The ballot box's private key, opened with the passphrase key `outer`: its handle, or
     *  0 when it does not authenticate (a wrong passphrase). */
    async openBallotBox(outer, iv, data, context) {
      const text = await this.open(outer, iv, data, context);
      if (text === null) return 0;
      try {
        const key = await crypto.subtle.importKey(
          "pkcs8", fromBase64(text), { name: "ECDH", namedCurve: "P-256" }, false,
          ["deriveBits"]);
        lastHandle += 1;
        keys.set(lastHandle, key);
        return lastHandle;
      } catch {
        return 0;
      }
    },

    /** Seal a ballot's text to a round's public key: a fresh ECDH key pair per ballot, its
     *  shared secret through HKDF-SHA-256 (salt: the ballot's public key, info: the
     *  context) into an AES-GCM 256 key, the context as additional data. {epk, iv, data}. */
    async sealBallot(publicKey, text, context) {
      const recipient = await crypto.subtle.importKey(
        "raw", fromBase64(publicKey), { name: "ECDH", namedCurve: "P-256" }, false, []);
      const mine = await crypto.subtle.generateKey(
        { name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]);
      const epk = new Uint8Array(await crypto.subtle.exportKey("raw", mine.publicKey));
      const key = await ballotKey(mine.privateKey, recipient, epk, context);
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const data = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv, additionalData: encoder.encode(context) }, key,
        encoder.encode(text));
      return { epk: toBase64(epk), iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
    },

    /** A ballot's text, opened with the ballot box's private key; null when it does not
     *  authenticate. */
    async openBallot(handle, epk, iv, data, context) {
      const privateKey = keys.get(handle);
      if (!privateKey) return null;
      try {
        const theirs = fromBase64(epk);
        const sender = await crypto.subtle.importKey(
          "raw", theirs, { name: "ECDH", namedCurve: "P-256" }, false, []);
        const key = await ballotKey(privateKey, sender, theirs, context);
        const plain = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: fromBase64(iv), additionalData: encoder.encode(context) },
          key, fromBase64(data));
        return strictDecoder.decode(plain);
      } catch {
        return null;
      }
    },

    forget(handle) {
      keys.delete(handle);
    },
  };
})();
