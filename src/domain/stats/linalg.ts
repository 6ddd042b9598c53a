// Small dense linear algebra on number[][] (row-major): what the analyses need and no more, written
// out here so that the command line loads and warms up quickly (a whole analysis is a few hundred
// small matrix operations; no library is needed for that).

export type Mat = number[][];

/** Raised when the data do not allow an analysis (too few rows, a singular correlation matrix…). */
export class StatsError extends Error {
  override name = 'StatsError';
}

export function zeros(rows: number, cols: number): Mat {
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}

export function identity(n: number): Mat {
  const m = zeros(n, n);
  for (let i = 0; i < n; i++) m[i][i] = 1;
  return m;
}

export function transpose(a: Mat): Mat {
  const rows = a.length;
  const cols = rows ? a[0].length : 0;
  const t = zeros(cols, rows);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j][i] = a[i][j];
  return t;
}

export function multiply(a: Mat, b: Mat): Mat {
  const n = a.length;
  const m = b.length;
  const p = m ? b[0].length : 0;
  const c = zeros(n, p);
  for (let i = 0; i < n; i++) {
    const ci = c[i];
    const ai = a[i];
    for (let k = 0; k < m; k++) {
      const aik = ai[k];
      if (aik === 0) continue;
      const bk = b[k];
      for (let j = 0; j < p; j++) ci[j] += aik * bk[j];
    }
  }
  return c;
}

/** aᵀ b without forming the transpose. */
export function crossProduct(a: Mat, b: Mat): Mat {
  const n = a.length;
  const p = n ? a[0].length : 0;
  const q = n ? b[0].length : 0;
  const c = zeros(p, q);
  for (let r = 0; r < n; r++) {
    const ar = a[r];
    const br = b[r];
    for (let i = 0; i < p; i++) {
      const v = ar[i];
      if (v === 0) continue;
      const ci = c[i];
      for (let j = 0; j < q; j++) ci[j] += v * br[j];
    }
  }
  return c;
}

export function clone(a: Mat): Mat {
  return a.map((row) => row.slice());
}

/** Inverse by Gauss–Jordan elimination with partial pivoting; throws StatsError if singular. */
export function invert(a: Mat): Mat {
  const n = a.length;
  const m = a.map((row, i) => {
    const r = new Array<number>(2 * n).fill(0);
    for (let j = 0; j < n; j++) r[j] = row[j];
    r[n + i] = 1;
    return r;
  });
  let scale = 0;
  for (const row of a) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) <= 1e-13 * (scale || 1)) throw new StatsError('the matrix is singular');
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const pr = m[col];
    const inv = 1 / pr[col];
    for (let j = 0; j < 2 * n; j++) pr[j] *= inv;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const rr = m[r];
      const f = rr[col];
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) rr[j] -= f * pr[j];
    }
  }
  return m.map((row) => row.slice(n));
}

/** ln det of a symmetric positive definite matrix (Cholesky); throws StatsError if it is not. */
export function logDetPositiveDefinite(a: Mat): number {
  const n = a.length;
  const l = zeros(n, n);
  let logDet = 0;
  for (let j = 0; j < n; j++) {
    let d = a[j][j];
    for (let k = 0; k < j; k++) d -= l[j][k] * l[j][k];
    if (!(d > 0)) throw new StatsError('the matrix is not positive definite');
    const ljj = Math.sqrt(d);
    l[j][j] = ljj;
    logDet += 2 * Math.log(ljj);
    for (let i = j + 1; i < n; i++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = s / ljj;
    }
  }
  return logDet;
}

export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  values: number[];
  /** vectors[i][m]: component i of the eigenvector of values[m]. */
  vectors: Mat;
}

/**
 * Eigenvalues and eigenvectors of a symmetric matrix: Householder reduction to tridiagonal form,
 * then implicit symmetric QR steps with Wilkinson shifts (Golub & Van Loan, Matrix Computations,
 * 4th ed., algorithms 8.3.1 and 8.3.2), accumulating the transformations for the vectors.
 * Works on flat Float64Arrays: a p = 30 matrix takes well under a millisecond.
 */
export function symmetricEigen(matrix: Mat): SymmetricEigen {
  const n = matrix.length;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = (matrix[i][j] + matrix[j][i]) / 2;
  const q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  const v = new Float64Array(n);
  const pv = new Float64Array(n);
  // 1. Householder: for column k, reflect rows k+1… so that entries k+2… of the column vanish.
  for (let k = 0; k < n - 2; k++) {
    let norm = 0;
    for (let i = k + 1; i < n; i++) norm += a[i * n + k] * a[i * n + k];
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    const x0 = a[(k + 1) * n + k];
    const alpha = x0 > 0 ? -norm : norm;
    let vNorm = 0;
    for (let i = k + 1; i < n; i++) {
      v[i] = a[i * n + k] - (i === k + 1 ? alpha : 0);
      vNorm += v[i] * v[i];
    }
    vNorm = Math.sqrt(vNorm);
    if (vNorm === 0) continue;
    for (let i = k + 1; i < n; i++) v[i] /= vNorm;
    // H A H = A − 2 v wᵀ − 2 w vᵀ with p = A v, K = vᵀp, w = p − K v (on the trailing block).
    let kk = 0;
    for (let i = k + 1; i < n; i++) {
      let sum = 0;
      for (let j = k + 1; j < n; j++) sum += a[i * n + j] * v[j];
      pv[i] = sum;
      kk += v[i] * sum;
    }
    for (let i = k + 1; i < n; i++) pv[i] -= kk * v[i];
    for (let i = k + 1; i < n; i++) {
      for (let j = k + 1; j < n; j++) a[i * n + j] -= 2 * (v[i] * pv[j] + pv[i] * v[j]);
    }
    a[(k + 1) * n + k] = a[k * n + k + 1] = alpha;
    for (let i = k + 2; i < n; i++) a[i * n + k] = a[k * n + i] = 0;
    // Q ← Q H
    for (let r = 0; r < n; r++) {
      let dot = 0;
      for (let j = k + 1; j < n; j++) dot += q[r * n + j] * v[j];
      for (let j = k + 1; j < n; j++) q[r * n + j] -= 2 * dot * v[j];
    }
  }
  const d = new Float64Array(n);
  const e = new Float64Array(n); // e[i] = T[i+1][i]
  for (let i = 0; i < n; i++) d[i] = a[i * n + i];
  for (let i = 0; i < n - 1; i++) e[i] = a[(i + 1) * n + i];
  // 2. Implicit QR steps on the unreduced trailing block l…m until every off-diagonal vanishes.
  let m = n - 1;
  let guard = 0;
  while (m > 0) {
    if (Math.abs(e[m - 1]) <= Number.EPSILON * (Math.abs(d[m - 1]) + Math.abs(d[m]))) {
      e[m - 1] = 0;
      m--;
      continue;
    }
    let l = m - 1;
    while (l > 0 && Math.abs(e[l - 1]) > Number.EPSILON * (Math.abs(d[l - 1]) + Math.abs(d[l]))) l--;
    if (l > 0) e[l - 1] = 0;
    if (++guard > 100 * n) throw new StatsError('the eigenvalue iteration did not converge');
    // Wilkinson shift from the trailing 2 × 2 block.
    const half = (d[m - 1] - d[m]) / 2;
    const off = e[m - 1];
    const mu = d[m] - (off * off) / (half + (half >= 0 ? 1 : -1) * Math.hypot(half, off));
    let x = d[l] - mu;
    let z = e[l];
    for (let k = l; k < m; k++) {
      const r = Math.hypot(x, z);
      const c = r === 0 ? 1 : x / r;
      const s = r === 0 ? 0 : z / r;
      if (k > l) e[k - 1] = r;
      const p0 = d[k];
      const q0 = d[k + 1];
      const o = e[k];
      d[k] = c * c * p0 + 2 * c * s * o + s * s * q0;
      d[k + 1] = s * s * p0 - 2 * c * s * o + c * c * q0;
      e[k] = c * s * (q0 - p0) + (c * c - s * s) * o;
      if (k < m - 1) {
        z = s * e[k + 1]; // the bulge T[k+2][k]
        e[k + 1] *= c;
        x = e[k];
      }
      for (let i = 0; i < n; i++) {
        const qa = q[i * n + k];
        const qb = q[i * n + k + 1];
        q[i * n + k] = c * qa + s * qb;
        q[i * n + k + 1] = -s * qa + c * qb;
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => d[y] - d[x]);
  return {
    values: order.map((i) => d[i]),
    vectors: Array.from({ length: n }, (_, r) => order.map((i) => q[r * n + i])),
  };
}

/**
 * Singular value decomposition a = U diag(d) Vᵀ of a small square matrix by one-sided Jacobi
 * rotations (Hestenes 1958): rotate column pairs of a until all are orthogonal; their norms are the
 * singular values. Used for the k × k matrices of varimax.
 */
export function svd(matrix: Mat): { u: Mat; d: number[]; v: Mat } {
  const n = matrix.length;
  const w = matrix.map((row) => row.slice());
  const v = identity(n);
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let r = 0; r < n; r++) {
          alpha += w[r][i] * w[r][i];
          beta += w[r][j] * w[r][j];
          gamma += w[r][i] * w[r][j];
        }
        if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma === 0) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const m of [w, v]) {
          for (let r = 0; r < n; r++) {
            const x = m[r][i];
            const y = m[r][j];
            m[r][i] = c * x - s * y;
            m[r][j] = s * x + c * y;
          }
        }
      }
    }
    if (!rotated) break;
  }
  const d = Array.from({ length: n }, (_, j) => Math.sqrt(w.reduce((acc, row) => acc + row[j] * row[j], 0)));
  const scale = Math.max(...d);
  const u = zeros(n, n);
  const done: number[] = [];
  for (let j = 0; j < n; j++) {
    if (d[j] > 1e-14 * scale) {
      for (let r = 0; r < n; r++) u[r][j] = w[r][j] / d[j];
      done.push(j);
    }
  }
  // Columns for zero singular values: complete the basis (Gram–Schmidt on unit vectors).
  for (let j = 0; j < n; j++) {
    if (done.includes(j)) continue;
    for (let unit = 0; unit < n; unit++) {
      const cand: number[] = Array.from({ length: n }, (_, r) => (r === unit ? 1 : 0));
      for (const o of done) {
        let dot = 0;
        for (let r = 0; r < n; r++) dot += cand[r] * u[r][o];
        for (let r = 0; r < n; r++) cand[r] -= dot * u[r][o];
      }
      const norm = Math.sqrt(cand.reduce((acc, x) => acc + x * x, 0));
      if (norm > 1e-8) {
        for (let r = 0; r < n; r++) u[r][j] = cand[r] / norm;
        done.push(j);
        break;
      }
    }
  }
  return { u, d, v };
}

/** Column means of a list of equally long columns. */
export function columnMeans(columns: ReadonlyArray<ArrayLike<number>>): number[] {
  return columns.map((c) => {
    let s = 0;
    for (let i = 0; i < c.length; i++) s += c[i];
    return s / c.length;
  });
}

/** Sample covariance matrix (n − 1) of complete columns. */
export function covarianceMatrix(columns: ReadonlyArray<ArrayLike<number>>): Mat {
  const p = columns.length;
  const n = p ? columns[0].length : 0;
  const means = columnMeans(columns);
  const centred = columns.map((c, j) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = c[i] - means[j];
    return out;
  });
  const cov = zeros(p, p);
  for (let a = 0; a < p; a++) {
    const ca = centred[a];
    for (let b = a; b < p; b++) {
      const cb = centred[b];
      let s = 0;
      for (let i = 0; i < n; i++) s += ca[i] * cb[i];
      cov[a][b] = cov[b][a] = s / (n - 1);
    }
  }
  return cov;
}

export function covarianceToCorrelation(cov: Mat): Mat {
  const sd = cov.map((row, i) => Math.sqrt(row[i]));
  return cov.map((row, i) => row.map((v, j) => (i === j ? 1 : v / (sd[i] * sd[j]))));
}

export function correlationMatrix(columns: ReadonlyArray<ArrayLike<number>>): Mat {
  return covarianceToCorrelation(covarianceMatrix(columns));
}

/** Indices of the rows where every column has a number (listwise deletion). */
export function completeRows(columns: ReadonlyArray<ArrayLike<number>>): number[] {
  const n = columns.length ? columns[0].length : 0;
  const rows: number[] = [];
  outer: for (let i = 0; i < n; i++) {
    for (const c of columns) if (Number.isNaN(c[i])) continue outer;
    rows.push(i);
  }
  return rows;
}

export function selectRows(column: ArrayLike<number>, rows: readonly number[]): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i]];
  return out;
}
