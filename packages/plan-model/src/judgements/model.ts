import type {Features} from './features.js'
import type {Contribution, LinearModel} from './types.js'

// A model's weights as a Map, made once per model: thousands of names are
// looked up per document, and a Map is faster at that than a plain object.
const weightMaps = new WeakMap<LinearModel, ReadonlyMap<string, number>>()

function weightsOf(model: LinearModel): ReadonlyMap<string, number> {
  let map = weightMaps.get(model)
  if (!map) {
    map = new Map(Object.entries(model.weights))
    weightMaps.set(model, map)
  }
  return map
}

/** The weighted sum of a feature map, without the bias; features the model never saw weigh nothing. */
export function weightedSum(model: LinearModel, features: Features): number {
  const weights = weightsOf(model)
  let sum = 0
  for (const [name, value] of features) {
    const weight = weights.get(name)
    if (weight !== undefined) sum += weight * value
  }
  return sum
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}

/** Logistic score of a feature map. */
export function probability(model: LinearModel, features: Features): number {
  return sigmoid(model.bias + weightedSum(model, features))
}

/** The features that moved a decision most, largest effect first. */
export function contributions(model: LinearModel, features: Features, limit = 8): Contribution[] {
  const weights = weightsOf(model)
  const all: Contribution[] = []
  for (const [name, value] of features) {
    const weight = weights.get(name)
    if (weight !== undefined && value !== 0) all.push({feature: name, value, weight})
  }
  return all
    .sort((a, b) => Math.abs(b.weight * b.value) - Math.abs(a.weight * a.value))
    .slice(0, limit)
}

/** The largest of some scores; 0 for none. */
export function maxOf(values: readonly number[]): number {
  return values.reduce((best, value) => Math.max(best, value), 0)
}
