// A person on Element's own crypto engine: matrix-js-sdk with its Rust crypto (the WASM build of
// matrix-sdk-crypto), set up as today's Element Web: "exclude insecure devices" (the
// OnlySignedDevicesIsolationMode of MSC4153) and the person's own device cross-signed.
//
// One process per simulated device, driven by tests/support/element.py over JSON lines:
//   stdin : {"id": n, "op": "...", ...params}
//   stdout: {"id": n, "ok": true, "result": ...} | {"id": n, "ok": false, "error": "..."}
//           and unsolicited {"event": {...}} for every timeline event received.
// Everything else (matrix-js-sdk and Rust crypto logs) goes to stderr: stdout is the protocol.
// ELEMENT_PERSON_LOG=debug|info|warn|error sets how much of it (default info).

import { Console } from "node:console";
import { Buffer } from "node:buffer";
import readline from "node:readline";

// --- stdout is the protocol: every console method writes to stderr -------------------------------

const LEVELS = { trace: 0, debug: 1, info: 2, log: 2, warn: 3, error: 4 };
const threshold = LEVELS[process.env.ELEMENT_PERSON_LOG ?? "info"] ?? LEVELS.info;
const stderrConsole = new Console({ stdout: process.stderr, stderr: process.stderr });
for (const name of ["trace", "debug", "info", "log", "warn", "error"]) {
    globalThis.console[name] =
        LEVELS[name] >= threshold ? stderrConsole[name].bind(stderrConsole) : () => {};
}
const stdoutWrite = process.stdout.write.bind(process.stdout);
function send(message) {
    stdoutWrite(JSON.stringify(message) + "\n");
}

// --- Node 20: what matrix-js-sdk 43 (engines: node >= 22) uses and Node 20 lacks ------------------
// Promise.withResolvers (ES2024, Node 22) is used throughout the SDK (HTTP, uploads, sync, crypto).
// Nothing else was found missing: the base64 helpers test for Uint8Array.{from,to}Base64 and fall
// back on atob/btoa by themselves; no Set methods, iterator helpers, Object.groupBy or
// Array.fromAsync in lib/ (and the Rust crypto package asks for Node >= 18). WebCrypto, fetch,
// AbortSignal.any and structuredClone are in Node 20.

if (typeof Promise.withResolvers !== "function") {
    Promise.withResolvers = function withResolvers() {
        let resolve;
        let reject;
        const promise = new this((res, rej) => {
            resolve = res;
            reject = rej;
        });
        return { promise, resolve, reject };
    };
}

process.on("unhandledRejection", (reason) => {
    console.error("unhandled rejection:", reason);
});

// Imported after the polyfills (static imports would run first).
const sdk = await import("matrix-js-sdk");
const cryptoApi = await import("matrix-js-sdk/lib/crypto-api/index.js");
const attachments = (await import("matrix-encrypt-attachment")).default;

const { ClientEvent, MatrixEventEvent, Preset, RoomEvent, createClient } = sdk;
const {
    AllDevicesIsolationMode,
    EventShieldColour,
    EventShieldReason,
    OnlySignedDevicesIsolationMode,
    deriveRecoveryKeyFromPassphrase,
} = cryptoApi;

// --- state of this device ------------------------------------------------------------------------

let client = null;
let account = null; // { baseUrl, userId, password, passphrase }
const uiaLog = []; // what the server asked when cross-signing keys were uploaded
const secretStorageKeys = new Map(); // 4S key id -> private key, derived once
const emitted = new Map(); // event id -> what was last reported for it

function requireClient() {
    if (!client) throw new Error("not logged in (call login first)");
    return client;
}

function crypto() {
    const engine = requireClient().getCrypto();
    if (!engine) throw new Error("crypto is not initialised");
    return engine;
}

// --- received events -----------------------------------------------------------------------------

function pendingDecryption(event) {
    return event.isEncrypted() && (event.isBeingDecrypted() || event.shouldAttemptDecryption());
}

async function report(event) {
    if (event.status !== null && event.status !== undefined) return; // a local echo, not received
    const eventId = event.getId();
    const roomId = event.getRoomId();
    if (!eventId || eventId.startsWith("~") || !roomId) return;
    if (pendingDecryption(event)) return; // MatrixEventEvent.Decrypted comes when it settles
    const failure = event.decryptionFailureReason ?? null;
    const type = failure ? event.getWireType() : event.getType();
    const signature = `${type}|${failure ?? "clear"}`;
    if (emitted.get(eventId) === signature) return;
    emitted.set(eventId, signature);
    let shield = null;
    if (event.isEncrypted() && !failure) {
        try {
            const info = await withTimeout(
                crypto().getEncryptionInfoForEvent(event),
                5000,
                "getEncryptionInfoForEvent",
            );
            if (info) {
                shield = {
                    colour: EventShieldColour[info.shieldColour] ?? info.shieldColour,
                    reason:
                        info.shieldReason === null
                            ? null
                            : (EventShieldReason[info.shieldReason] ?? info.shieldReason),
                };
            }
        } catch (error) {
            console.warn("encryption info:", error);
        }
    }
    const wire = event.getWireContent() ?? {};
    send({
        event: {
            roomId,
            eventId,
            sender: event.getSender(),
            type,
            stateKey: event.getStateKey() ?? null,
            content: failure ? wire : event.getContent(),
            encrypted: event.isEncrypted(),
            decryptionFailure: failure,
            senderDevice: event.isEncrypted() ? (wire.device_id ?? null) : null,
            shield,
            ts: event.getTs(),
        },
    });
}

function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function reportSoon(event) {
    report(event).catch((error) => console.error("report:", error));
}

// --- cross-signing and secret storage ------------------------------------------------------------

// Password UIA, as Element asks the person for their password: first without auth (Synapse lets
// the very first upload of cross-signing keys through without it, MSC3967), then with it.
function passwordUia(what) {
    return async (makeRequest) => {
        try {
            const result = await makeRequest(null);
            uiaLog.push({ what, asked: false });
            return result;
        } catch (error) {
            const flows = error?.data?.flows;
            if (error?.httpStatus !== 401 || !flows) throw error;
            uiaLog.push({ what, asked: true, flows: flows.map((f) => f.stages) });
            return await makeRequest({
                type: "m.login.password",
                identifier: { type: "m.id.user", user: account.userId },
                password: account.password,
                session: error.data.session,
            });
        }
    };
}

// Secret storage (4S) opened with the person's security phrase (Element's "Verify with
// Security Key or Phrase"): lets a later device of the same person import the cross-signing keys.
async function getSecretStorageKey({ keys }) {
    for (const [keyId, info] of Object.entries(keys)) {
        if (secretStorageKeys.has(keyId)) return [keyId, secretStorageKeys.get(keyId)];
        if (!info.passphrase) continue;
        const key = await deriveRecoveryKeyFromPassphrase(
            account.passphrase,
            info.passphrase.salt,
            info.passphrase.iterations,
            info.passphrase.bits,
        );
        secretStorageKeys.set(keyId, key);
        return [keyId, key];
    }
    return null;
}

function cacheSecretStorageKey(keyId, _info, key) {
    secretStorageKeys.set(keyId, key);
}

// What createRecoveryKeyFromPassphrase does, with fewer PBKDF2 rounds than Element's 500,000
// (0.4 s of CPU per account, for nothing the tests look at). The count is stored with the key,
// so later devices derive the same key.
const SECURITY_PHRASE_ITERATIONS = 10000;
async function securityPhraseKey(passphrase) {
    const salt = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(24))).toString(
        "base64url",
    );
    const privateKey = await deriveRecoveryKeyFromPassphrase(
        passphrase,
        salt,
        SECURITY_PHRASE_ITERATIONS,
    );
    return {
        keyInfo: {
            passphrase: { algorithm: "m.pbkdf2", iterations: SECURITY_PHRASE_ITERATIONS, salt },
        },
        privateKey,
    };
}

async function serverMasterKey(userId) {
    const response = await requireClient().http.authedRequest(
        "POST",
        "/_matrix/client/v3/keys/query",
        undefined,
        { device_keys: { [userId]: [] } },
        { prefix: "" },
    );
    const master = response.master_keys?.[userId];
    return master ? Object.values(master.keys)[0] : null;
}

async function waitFor(check, what, timeoutMs = 20000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        if (await check()) return;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

async function ownDeviceSigned() {
    const status = await crypto().getDeviceVerificationStatus(
        account.userId,
        requireClient().getDeviceId(),
    );
    return Boolean(status?.signedByOwner);
}

async function bootstrapCrossSigning() {
    const engine = crypto();
    const existing = await serverMasterKey(account.userId);
    if (existing) {
        // The account already has an identity: this device imports its private keys from
        // secret storage (needs the public identity first) and signs itself with them.
        await waitFor(
            async () => (await engine.getCrossSigningStatus()).publicKeysOnDevice,
            "the account's public cross-signing keys",
        );
        if (!(await requireClient().secretStorage.hasKey())) {
            throw new Error(
                "the account has cross-signing keys but no secret storage: this device " +
                    "cannot sign itself (log in with crossSign=none, or resetIdentity)",
            );
        }
    }
    await engine.bootstrapCrossSigning({
        authUploadDeviceSigningKeys: passwordUia("bootstrapCrossSigning"),
    });
    if (!existing) {
        await engine.bootstrapSecretStorage({
            createSecretStorageKey: () => securityPhraseKey(account.passphrase),
        });
    }
    await waitFor(ownDeviceSigned, "this device to be signed by its owner");
}

async function identityMasterKey() {
    return (await crypto().getCrossSigningKeyId()) ?? (await serverMasterKey(account.userId));
}

// --- operations ----------------------------------------------------------------------------------

async function login(params) {
    if (client) throw new Error("already logged in");
    const started = Date.now();
    const step = (what) => console.info(`login: ${what} after ${Date.now() - started} ms`);
    const { baseUrl, userId, password } = params;
    account = { baseUrl, userId, password, passphrase: params.passphrase ?? password };
    const anonymous = createClient({ baseUrl });
    const session = await anonymous.loginRequest({
        type: "m.login.password",
        identifier: { type: "m.id.user", user: userId },
        password,
        initial_device_display_name: params.deviceName ?? "Element (tests)",
    });
    client = createClient({
        baseUrl,
        userId: session.user_id,
        deviceId: session.device_id,
        accessToken: session.access_token,
        useAuthorizationHeader: true,
        cryptoCallbacks: { getSecretStorageKey, cacheSecretStorageKey },
    });
    account.userId = session.user_id;
    step("password login");
    await client.initRustCrypto({ useIndexedDB: false });
    step("Rust crypto ready");
    const isolation = params.isolation ?? "only_signed";
    if (isolation === "only_signed") {
        crypto().setDeviceIsolationMode(new OnlySignedDevicesIsolationMode());
    } else if (isolation === "all") {
        // What Element Web sets when "exclude insecure devices" is off (legacy mode).
        crypto().setDeviceIsolationMode(new AllDevicesIsolationMode(false));
    } else {
        throw new Error(`unknown isolation mode ${isolation}`);
    }

    client.on(RoomEvent.Timeline, (event, _room, _toStart, removed) => {
        if (!removed) reportSoon(event);
    });
    client.on(MatrixEventEvent.Decrypted, (event) => reportSoon(event));
    client.on(RoomEvent.LocalEchoUpdated, (event) => {
        if (event.status === null) reportSoon(event); // our own event, back from the server
    });
    client.on(RoomEvent.MyMembership, (room, membership) => {
        if (membership === "invite") {
            client.joinRoom(room.roomId).catch((error) => console.warn("auto-join:", error));
        }
    });

    const prepared = new Promise((resolve, reject) => {
        const onSync = (state, _previous, data) => {
            if (state === "PREPARED" || state === "SYNCING") {
                client.off(ClientEvent.Sync, onSync);
                resolve();
            } else if (state === "ERROR") {
                client.off(ClientEvent.Sync, onSync);
                reject(data?.error ?? new Error("initial sync failed"));
            }
        };
        client.on(ClientEvent.Sync, onSync);
    });
    await client.startClient({ initialSyncLimit: 20 });
    await prepared;
    step("first sync");

    const crossSign = params.crossSign ?? "bootstrap";
    if (crossSign === "bootstrap") {
        await bootstrapCrossSigning();
    } else if (crossSign !== "none") {
        throw new Error(`unknown crossSign ${crossSign}`);
    }
    step(`cross-signing ${crossSign}`);
    return {
        userId: session.user_id,
        deviceId: session.device_id,
        masterKey: await identityMasterKey(),
        uia: uiaLog,
        crypto: crypto().getVersion(),
    };
}

async function resetIdentity() {
    const engine = crypto();
    const before = await serverMasterKey(account.userId);
    await engine.bootstrapCrossSigning({
        setupNewCrossSigning: true,
        authUploadDeviceSigningKeys: passwordUia("resetIdentity"),
    });
    if (!(await requireClient().secretStorage.hasKey())) {
        await engine.bootstrapSecretStorage({
            createSecretStorageKey: () => securityPhraseKey(account.passphrase),
        });
    }
    const masterKey = await engine.getCrossSigningKeyId();
    if (!masterKey || masterKey === before) throw new Error("the identity did not change");
    await waitFor(async () => (await serverMasterKey(account.userId)) === masterKey, "upload");
    await waitFor(ownDeviceSigned, "this device to be signed by the new identity");
    return { masterKey, previous: before, uia: uiaLog };
}

async function createRoom({ name, invite = [], encrypted = true, direct = false }) {
    const c = requireClient();
    const options = {
        preset: direct ? Preset.TrustedPrivateChat : Preset.PrivateChat,
        visibility: "private",
        invite,
        initial_state: [],
    };
    if (direct) options.is_direct = true;
    else if (name) options.name = name;
    if (encrypted) {
        options.initial_state.push({
            type: "m.room.encryption",
            state_key: "",
            content: { algorithm: "m.megolm.v1.aes-sha2" },
        });
    }
    const { room_id: roomId } = await c.createRoom(options);
    if (direct && invite.length > 0) {
        // As Element does: remember the DM in m.direct, under the other person.
        const current = c.getAccountData("m.direct")?.getContent() ?? {};
        const next = { ...current };
        for (const userId of invite) next[userId] = [...(next[userId] ?? []), roomId];
        await c.setAccountData("m.direct", next);
    }
    await waitRoom(roomId, "join");
    return roomId;
}

function membershipOf(roomId, userId) {
    const room = requireClient().getRoom(roomId);
    if (!room) return null;
    if (userId === account.userId) return room.getMyMembership();
    return room.getMember(userId)?.membership ?? null;
}

async function waitRoom(roomId, membership = "join", userId = null, timeoutMs = 20000) {
    const who = userId ?? account.userId;
    await waitFor(
        () => membershipOf(roomId, who) === membership,
        `${who} to be ${membership} in ${roomId}`,
        timeoutMs,
    );
}

async function join({ roomId }) {
    await requireClient().joinRoom(roomId);
    await waitRoom(roomId, "join");
    return roomId;
}

async function waitMember({ roomId, userId, membership = "join", timeoutMs = 20000 }) {
    await waitRoom(roomId, membership, userId, timeoutMs);
    return true;
}

async function sendText({ roomId, body, replyTo, threadRoot, formattedBody, mentions }) {
    const content = { msgtype: "m.text", body };
    if (formattedBody) {
        content.format = "org.matrix.custom.html";
        content.formatted_body = formattedBody;
    }
    const mentioned = new Set(mentions ?? []);
    if (threadRoot) {
        content["m.relates_to"] = {
            rel_type: "m.thread",
            event_id: threadRoot,
            is_falling_back: !replyTo,
            "m.in_reply_to": { event_id: replyTo ?? threadRoot },
        };
    } else if (replyTo) {
        content["m.relates_to"] = { "m.in_reply_to": { event_id: replyTo } };
    }
    if (replyTo) {
        const original = requireClient().getRoom(roomId)?.findEventById(replyTo);
        const sender = original?.getSender();
        if (sender && sender !== account.userId) mentioned.add(sender);
    }
    content["m.mentions"] = mentioned.size ? { user_ids: [...mentioned] } : {};
    const { event_id: eventId } = await requireClient().sendEvent(
        roomId,
        "m.room.message",
        content,
    );
    return eventId;
}

async function react({ roomId, eventId, key }) {
    const content = { "m.relates_to": { rel_type: "m.annotation", event_id: eventId, key } };
    const { event_id: sent } = await requireClient().sendEvent(roomId, "m.reaction", content);
    return sent;
}

async function sendFile({ roomId, dataBase64, name, mimetype, threadRoot }) {
    const c = requireClient();
    const data = Buffer.from(dataBase64, "base64");
    const encrypted = await crypto().isEncryptionEnabledInRoom(roomId);
    const content = {
        msgtype: mimetype.startsWith("image/") ? "m.image" : "m.file",
        body: name,
        info: { mimetype, size: data.length },
    };
    if (encrypted) {
        // Element's way: AES-CTR in the client (matrix-encrypt-attachment), the ciphertext
        // uploaded as application/octet-stream, the key in the (encrypted) event.
        const plain = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
        const { data: ciphertext, info } = await attachments.encryptAttachment(plain);
        const upload = await c.uploadContent(Buffer.from(ciphertext), {
            type: "application/octet-stream",
            includeFilename: false,
        });
        content.file = { ...info, url: upload.content_uri };
    } else {
        const upload = await c.uploadContent(data, { type: mimetype, name });
        content.url = upload.content_uri;
    }
    if (threadRoot) {
        content["m.relates_to"] = {
            rel_type: "m.thread",
            event_id: threadRoot,
            is_falling_back: true,
            "m.in_reply_to": { event_id: threadRoot },
        };
    }
    const { event_id: eventId } = await c.sendEvent(roomId, "m.room.message", content);
    return eventId;
}

async function download({ content }) {
    const c = requireClient();
    const mxc = content.file?.url ?? content.url;
    if (!mxc) throw new Error("no url or file.url in the content");
    const url = c.mxcUrlToHttp(mxc, undefined, undefined, undefined, false, true, true);
    if (!url) throw new Error(`not an mxc URL: ${mxc}`);
    const response = await fetch(url, {
        headers: { Authorization: `Bearer ${c.getAccessToken()}` },
    });
    if (!response.ok) {
        throw new Error(`download ${url}: HTTP ${response.status} ${await response.text()}`);
    }
    let bytes = await response.arrayBuffer();
    if (content.file) bytes = await attachments.decryptAttachment(bytes, content.file);
    return Buffer.from(bytes).toString("base64");
}

async function deviceStatus({ userId, deviceId }) {
    const engine = crypto();
    await engine.getUserDeviceInfo([userId], true);
    const status = await engine.getDeviceVerificationStatus(userId, deviceId);
    if (!status) return { known: false };
    return {
        known: true,
        signedByOwner: status.signedByOwner,
        crossSigningVerified: status.crossSigningVerified,
        localVerified: status.localVerified,
        verified: status.isVerified(),
    };
}

async function userIdentity({ userId }) {
    const engine = crypto();
    await engine.getUserDeviceInfo([userId], true);
    const status = await engine.getUserVerificationStatus(userId);
    let masterKey = null;
    if (typeof engine.getUserCrossSigningKeys === "function") {
        const keys = await engine.getUserCrossSigningKeys(userId);
        masterKey = keys ? (Object.values(keys.master_key.keys)[0] ?? null) : null;
    }
    return {
        known: status.known,
        masterKey,
        verified: status.isCrossSigningVerified(),
        wasVerified: status.wasCrossSigningVerified(),
        needsUserApproval: status.needsUserApproval,
    };
}

async function pinIdentity({ userId }) {
    await crypto().pinCurrentUserIdentity(userId);
    return userIdentity({ userId });
}

// Sign this session out (the device is deleted on the server), as « Se déconnecter » does.
async function logout() {
    await client.logout(true);
    return true;
}

let stopping = false;
async function stop() {
    stopping = true;
    if (client) {
        client.stopClient();
        client.http.abort();
    }
    return true;
}

const OPS = {
    login,
    resetIdentity,
    createRoom,
    join,
    waitRoomJoined: ({ roomId, timeoutMs }) => waitRoom(roomId, "join", null, timeoutMs),
    waitMember,
    sendText,
    react,
    sendFile,
    download,
    deviceStatus,
    userIdentity,
    pinIdentity,
    logout,
    stop,
    ping: async () => "pong",
};

// --- the JSON-lines loop -------------------------------------------------------------------------

function describe(error) {
    if (error instanceof Error) {
        const extra = error.data?.errcode ? ` (${error.data.errcode})` : "";
        return `${error.name}: ${error.message}${extra}`;
    }
    return String(error);
}

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on("line", (line) => {
    if (!line.trim()) return;
    let request;
    try {
        request = JSON.parse(line);
    } catch (error) {
        send({ id: null, ok: false, error: `bad JSON: ${describe(error)}` });
        return;
    }
    const { id, op, ...params } = request;
    const handler = OPS[op];
    if (!handler) {
        send({ id, ok: false, error: `unknown op ${op}` });
        return;
    }
    Promise.resolve()
        .then(() => handler(params))
        .then(
            (result) => send({ id, ok: true, result: result ?? null }),
            (error) => {
                console.error(`op ${op} failed:`, error);
                send({ id, ok: false, error: describe(error) });
            },
        )
        .finally(() => {
            if (op === "stop") setTimeout(() => process.exit(0), 50);
        });
});
input.on("close", () => {
    if (!stopping) stop().finally(() => process.exit(0));
});

send({ ready: true, node: process.version });
