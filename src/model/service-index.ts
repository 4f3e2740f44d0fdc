/**
 * Services by name, one map per project instead of a search per lookup: the engine looks a
 * service up for every finding, and a 20,000-service file reports some 100,000 of them.
 */
import type { Service } from "./types.js";

const byName = new WeakMap<readonly Service[], Map<string, Service>>();

/** The first service named `name` in `services` (the order a search would find it in). */
export function serviceNamed(services: readonly Service[], name: string): Service | undefined {
  let index = byName.get(services);
  if (!index) {
    index = new Map();
    for (const service of services) if (!index.has(service.name.value)) index.set(service.name.value, service);
    byName.set(services, index);
  }
  return index.get(name);
}
