// The five TypeScript emit helpers that suomifi-ui-components imports from 'tslib' without
// declaring that package as a dependency. Vite maps 'tslib' here (see vite.config.ts), so the
// bundle does not depend on an undeclared package. Written for this project from the semantics
// of the down-levelled code (object spread, rest, class inheritance, tagged templates, array spread).

export function __assign(target, ...sources) {
  for (const source of sources) {
    if (source === null || source === undefined) continue;
    for (const key in source) {
      if (Object.prototype.hasOwnProperty.call(source, key)) target[key] = source[key];
    }
  }
  return target;
}

/** `const { a, b, ...rest } = source`: a copy without the named keys, including symbol keys. */
export function __rest(source, excluded) {
  const result = {};
  for (const key in source) {
    if (Object.prototype.hasOwnProperty.call(source, key) && !excluded.includes(key)) result[key] = source[key];
  }
  if (source !== null && typeof Object.getOwnPropertySymbols === 'function') {
    for (const symbol of Object.getOwnPropertySymbols(source)) {
      if (!excluded.includes(symbol) && Object.prototype.propertyIsEnumerable.call(source, symbol)) result[symbol] = source[symbol];
    }
  }
  return result;
}

/** ES5 class inheritance: statics and the prototype chain. */
export function __extends(child, parent) {
  if (typeof parent !== 'function' && parent !== null) {
    throw new TypeError(`Class extends value ${String(parent)} is not a constructor or null`);
  }
  Object.setPrototypeOf(child, parent);
  child.prototype = parent === null ? Object.create(null) : Object.create(parent.prototype, {
    constructor: { value: child, writable: true, configurable: true },
  });
}

/** The strings array of a tagged template, with its `raw` strings. */
export function __makeTemplateObject(cooked, raw) {
  Object.defineProperty(cooked, 'raw', { value: raw });
  return cooked;
}

/** `[...to, ...from]`; `pack` turns holes of a sparse `from` into undefined. */
export function __spreadArray(to, from, pack) {
  const items = pack || !Array.isArray(from) ? Array.from(from) : from;
  const result = to.slice();
  for (let i = 0; i < items.length; i += 1) result.push(items[i]);
  return result;
}
