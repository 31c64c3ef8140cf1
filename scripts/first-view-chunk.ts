import type { Rolldown } from 'vite'

/**
 * One chunk for everything the entry imports statically: the first view's code. Left to itself the
 * bundler splits the modules that later chunks share with the entry into small chunks of their own
 * (nine files before the first chart), which compress worse apart and cost a request each. Modules
 * reached only through import() keep loading on demand.
 */
export function firstViewChunk(): Rolldown.CodeSplittingGroup {
  const reached = new Map<string, boolean>()
  const isReachedStatically = (id: string, getModuleInfo: (id: string) => Rolldown.ModuleInfo | null): boolean => {
    const known = reached.get(id)
    if (known !== undefined) return known
    reached.set(id, false) // a cycle of imports reaches the entry through another of its members, if at all
    const info = getModuleInfo(id)
    const result =
      !!info && (info.isEntry || info.importers.some((importer) => isReachedStatically(importer, getModuleInfo)))
    reached.set(id, result)
    return result
  }
  return {
    name: (id, context) =>
      !id.includes('/node_modules/') && isReachedStatically(id, (other) => context.getModuleInfo(other))
        ? 'first-view'
        : null,
    debugName: 'first-view',
  }
}
