// Minimisation of a smooth function under box constraints lo ≤ x ≤ hi: a projected limited-memory
// BFGS method (Nocedal & Wright, Numerical Optimization, 2nd ed., §7.2 two-loop recursion, §16.7
// projection). Variables held at a bound by the gradient are frozen for the step; the step is the
// quasi-Newton direction on the free variables, projected back into the box, with an Armijo
// backtracking line search.

export interface BoxMinimum {
  x: number[];
  f: number;
  iterations: number;
  converged: boolean;
}

export function minimizeInBox(
  fg: (x: readonly number[]) => { f: number; g: number[] },
  start: readonly number[],
  lower: number,
  upper: number,
  options: { maxIterations?: number; gradientTolerance?: number; memory?: number } = {},
): BoxMinimum {
  const maxIterations = options.maxIterations ?? 1000;
  const gtol = options.gradientTolerance ?? 1e-10;
  const memory = options.memory ?? 10;
  const n = start.length;
  const clamp = (v: number) => Math.min(upper, Math.max(lower, v));
  let x = start.map(clamp);
  let { f, g } = fg(x);
  const ss: number[][] = [];
  const ys: number[][] = [];
  const rhos: number[] = [];
  let iterations = 0;
  let converged = false;
  let stalled = 0;
  for (; iterations < maxIterations; iterations++) {
    let pgMax = 0;
    for (let i = 0; i < n; i++) pgMax = Math.max(pgMax, Math.abs(clamp(x[i] - g[i]) - x[i]));
    if (pgMax < gtol) {
      converged = true;
      break;
    }
    const free = x.map((xi, i) => !((xi <= lower && g[i] > 0) || (xi >= upper && g[i] < 0)));
    // Two-loop recursion on the free variables.
    const q = g.map((gi, i) => (free[i] ? gi : 0));
    const alphas: number[] = [];
    for (let m = ss.length - 1; m >= 0; m--) {
      let a = 0;
      for (let i = 0; i < n; i++) if (free[i]) a += ss[m][i] * q[i];
      a *= rhos[m];
      alphas[m] = a;
      for (let i = 0; i < n; i++) if (free[i]) q[i] -= a * ys[m][i];
    }
    let gamma = 1;
    if (ss.length) {
      const last = ss.length - 1;
      let sy = 0;
      let yy = 0;
      for (let i = 0; i < n; i++) {
        sy += ss[last][i] * ys[last][i];
        yy += ys[last][i] * ys[last][i];
      }
      gamma = sy / yy;
    } else {
      let gg = 0;
      for (let i = 0; i < n; i++) if (free[i]) gg += g[i] * g[i];
      gamma = Math.min(1, 0.1 / Math.sqrt(gg || 1));
    }
    for (let i = 0; i < n; i++) q[i] *= gamma;
    for (let m = 0; m < ss.length; m++) {
      let b = 0;
      for (let i = 0; i < n; i++) if (free[i]) b += ys[m][i] * q[i];
      b *= rhos[m];
      for (let i = 0; i < n; i++) if (free[i]) q[i] += ss[m][i] * (alphas[m] - b);
    }
    let d = q.map((v, i) => (free[i] ? -v : 0));
    let slope = 0;
    for (let i = 0; i < n; i++) slope += g[i] * d[i];
    if (!(slope < 0)) {
      ss.length = ys.length = rhos.length = 0;
      d = g.map((gi, i) => (free[i] ? -gi * gamma : 0));
    }
    // Projected Armijo backtracking.
    let t = 1;
    let accepted: { x: number[]; f: number; g: number[] } | null = null;
    for (let tries = 0; tries < 40; tries++) {
      const xt = x.map((xi, i) => clamp(xi + t * d[i]));
      let decrease = 0;
      for (let i = 0; i < n; i++) decrease += g[i] * (xt[i] - x[i]);
      const r = fg(xt);
      if (r.f <= f + 1e-4 * decrease) {
        accepted = { x: xt, f: r.f, g: r.g };
        break;
      }
      t /= 2;
    }
    if (!accepted) {
      // Near the optimum rounding noise in f defeats the Armijo test: accept a tiny gradient.
      if (pgMax < 1e-6) {
        converged = true;
        break;
      }
      if (ss.length) {
        ss.length = ys.length = rhos.length = 0;
        continue;
      }
      break;
    }
    const s = accepted.x.map((v, i) => v - x[i]);
    const y = accepted.g.map((v, i) => v - g[i]);
    let sy = 0;
    for (let i = 0; i < n; i++) sy += s[i] * y[i];
    if (sy > 1e-16) {
      ss.push(s);
      ys.push(y);
      rhos.push(1 / sy);
      if (ss.length > memory) {
        ss.shift();
        ys.shift();
        rhos.shift();
      }
    }
    const change = f - accepted.f;
    x = accepted.x;
    f = accepted.f;
    g = accepted.g;
    stalled = change <= 1e-16 * Math.max(1, Math.abs(f)) ? stalled + 1 : 0;
    if (stalled >= 3) {
      converged = true;
      break;
    }
  }
  return { x, f, iterations, converged };
}
