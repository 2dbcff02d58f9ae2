import { AbstractMessageReader, DataCallback, Disposable, ErrorCodes, Message, MessageReader, MessageWriter, RequestMessage, ResponseMessage } from 'vscode-languageserver/node';

/** What the gate does with one incoming message. */
export type Verdict = { pass: true } | { pass: false; error?: { code: number; message: string } };

/** Where the gate is in the lifecycle: only `initialize` may come first, and only once. */
export interface GateState {
  initialized: boolean;
}

const PASS: Verdict = { pass: true };
const DROP: Verdict = { pass: false };

/**
 * The lifecycle and shape rules of LSP that the library does not enforce:
 * before `initialize` a request is answered ServerNotInitialized and a
 * notification (but `exit`) dropped; a second `initialize` is refused; params
 * that are neither an object nor an array (null, a number) are refused before
 * any handler reads them. Advances `state` when `initialize` passes.
 */
export function judge(message: Message, state: GateState): Verdict {
  if (Message.isResponse(message)) return PASS;
  const request = Message.isRequest(message);
  const method = (message as RequestMessage).method;
  const params = (message as RequestMessage).params;
  const refuse = (code: number, text: string): Verdict => (request ? { pass: false, error: { code, message: text } } : DROP);
  if (method === 'initialize') {
    if (state.initialized) return refuse(ErrorCodes.InvalidRequest, 'The server is already initialized: `initialize` may be sent once.');
  } else if (!state.initialized && method !== 'exit') {
    return refuse(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send `initialize` first.');
  }
  if (params !== undefined && (params === null || typeof params !== 'object')) return refuse(ErrorCodes.InvalidParams, `The params of \`${method}\` must be an object or an array.`);
  if (method === 'initialize') state.initialized = true;
  return PASS;
}

/**
 * A reader that lets through only what `judge` passes, answering the refused
 * requests itself through `writer`, so no handler ever sees them.
 */
export class GatedReader extends AbstractMessageReader {
  private readonly state: GateState = { initialized: false };

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {
    super();
    inner.onError((error) => this.fireError(error));
    inner.onClose(() => this.fireClose());
    inner.onPartialMessage((info) => this.firePartialMessage(info));
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      const verdict = judge(message, this.state);
      if (verdict.pass) callback(message);
      else if (verdict.error) void this.writer.write(refusal(message as RequestMessage, verdict.error));
    });
  }

  override dispose(): void {
    super.dispose();
    this.inner.dispose();
  }
}

function refusal(request: RequestMessage, error: { code: number; message: string }): ResponseMessage {
  return { jsonrpc: '2.0', id: request.id, error };
}
