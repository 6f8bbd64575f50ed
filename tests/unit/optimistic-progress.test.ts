// The learner's progress lives in react-query's cache: a write shows at once,
// and a refused one is taken out by replaying the writes still pending over
// what the server confirmed. The case the old snapshot rollbacks got wrong:
// two queued writes that both fail must leave the state the server has.
import { describe, expect, it, vi } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { confirmedOf, optimisticWrites, type Confirmed } from "@/components/progress/optimistic";

type Ticks = string[];
type Write = { id: string; done: boolean };
const KEY = ["progress", "topic", "quantization"];
const apply = (ticks: Ticks, write: Write) => (write.done ? [...new Set([...ticks, write.id])] : ticks.filter((id) => id !== write.id));

/** A client holding `server` as confirmed, and a way to send writes that the server answers with `answer`. */
function setup(server: Ticks, answer: (write: Write) => Promise<unknown>) {
  const client = new QueryClient();
  client.setQueryData(KEY, confirmedOf(server));
  const options = { ...optimisticWrites<Ticks, Write, unknown>(client, { queryKey: KEY, apply }), scope: { id: "topic:quantization" }, mutationFn: answer };
  const send = (write: Write) => client.getMutationCache().build(client, options).execute(write).catch(() => "refused");
  const shown = () => client.getQueryData<Confirmed<Ticks>>(KEY)!.shown;
  return { send, shown };
}

/** A promise settled from outside, to answer requests in a chosen order. */
function deferred() {
  let settle!: (ok: boolean) => void;
  const promise = new Promise<unknown>((resolve, reject) => (settle = (ok) => (ok ? resolve({}) : reject(new Error("refused")))));
  return { promise, settle };
}

describe("optimistic progress writes", () => {
  it("show a write at once", async () => {
    const answer = deferred();
    const { send, shown } = setup([], () => answer.promise);
    const done = send({ id: "a", done: true });
    await vi.waitFor(() => expect(shown()).toEqual(["a"]));
    answer.settle(true);
    await done;
    expect(shown()).toEqual(["a"]);
  });

  it("two queued writes that both fail leave what the server has, not the first write", async () => {
    const answers = [deferred(), deferred()];
    let call = 0;
    const { send, shown } = setup([], () => answers[call++]!.promise);
    const first = send({ id: "a", done: true });
    const second = send({ id: "b", done: true });
    await vi.waitFor(() => expect(shown()).toEqual(["a", "b"]));
    answers[0]!.settle(false);
    await first;
    expect(shown()).toEqual(["b"]); // the second write is still on its way
    await vi.waitFor(() => expect(call).toBe(2)); // the second request has been sent
    answers[1]!.settle(false);
    expect(await Promise.all([first, second])).toEqual(["refused", "refused"]);
    expect(shown()).toEqual([]);
  });

  it("a refused write after an accepted one keeps the accepted one", async () => {
    const answers = [deferred(), deferred()];
    let call = 0;
    const { send, shown } = setup(["x"], () => answers[call++]!.promise);
    const first = send({ id: "a", done: true });
    const second = send({ id: "x", done: false });
    answers[0]!.settle(true);
    await first;
    await vi.waitFor(() => expect(call).toBe(2));
    answers[1]!.settle(false);
    await second;
    expect(shown().sort()).toEqual(["a", "x"]);
  });
});
