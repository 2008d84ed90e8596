/**
 * One instance of each class the analysis makes per article, kept for the life of the module.
 *
 * V8 compiles a class's methods against the hidden class ("map") of its instances, and a major garbage
 * collection frees that hidden class once no instance is alive. Between two analyses nothing is alive,
 * so every major GC threw the compiled methods away ("weak objects" deoptimisations under
 * `--trace-deopt`), and the next analyses ran up to twice as slow until they were compiled again. One
 * live instance per class keeps its hidden class, and the compiled code with it.
 */
const kept: unknown[] = [];

/** Keeps `instance` alive (call once per class, at module level, with a small instance). */
export function keepInstance(instance: unknown): void {
  kept.push(instance);
}
