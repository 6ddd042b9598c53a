# Reference values for Polku's statistics engine (src/domain/stats), computed with R psych.
#
#   Rscript test/reference/make-reference.R
#
# Writes next to this script:
#   bfi.csv                 psych's public `bfi` data set (2,800 respondents of the SAPA project:
#                           25 Big Five items on a 1-6 scale, gender, education, age); empty = missing
#   psych-reference.json    what psych / GPArotation / stats give for that data
#
# The preprocessing is exactly what `polku analyze` does with a spec (docs/statistics.md):
#   * a reverse-keyed item is recoded as min + max - x with the spec's range 1-6;
#   * a scale score is the mean of its (recoded) items, missing if any item is missing;
#   * every analysis drops the rows with a missing value among its own variables (listwise).
# The unit tests in test/unit/stats read the JSON; they do not need R.
suppressPackageStartupMessages({
  library(psych)
  library(GPArotation)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
out_dir <- if (length(script) == 1) dirname(normalizePath(script)) else "test/reference"

data(bfi, package = "psych")
bfi <- as.data.frame(bfi)
write.csv(bfi, file.path(out_dir, "bfi.csv"), row.names = FALSE, na = "", quote = FALSE)

REVERSE_MIN <- 1
REVERSE_MAX <- 6
scales <- list(
  agreeableness     = c("-A1", "A2", "A3", "A4", "A5"),
  conscientiousness = c("C1", "C2", "C3", "-C4", "-C5"),
  extraversion      = c("-E1", "-E2", "E3", "E4", "E5"),
  neuroticism       = c("N1", "N2", "N3", "N4", "N5"),
  openness          = c("O1", "-O2", "O3", "O4", "-O5")
)
item_name <- function(spec) sub("^-", "", spec)
is_reversed <- function(spec) grepl("^-", spec)

named <- function(values, names) { l <- as.list(unname(values)); names(l) <- names; l }
rows_of <- function(m) lapply(seq_len(nrow(m)), function(i) unname(as.numeric(m[i, ])))

# ---- Cronbach's alpha, psych::alpha() with the reverse-keyed items as `keys` --------------------
alpha_ref <- list()
for (scale in names(scales)) {
  spec <- scales[[scale]]
  items <- item_name(spec)
  keys <- items[is_reversed(spec)]
  x <- na.omit(bfi[, items])
  # psych reverses with the minimum and maximum found in the data; check that they are the spec's.
  stopifnot(min(x) == REVERSE_MIN, max(x) == REVERSE_MAX)
  a <- if (length(keys) > 0) alpha(x, keys = keys, warnings = FALSE) else alpha(x, warnings = FALSE)
  alpha_ref[[scale]] <- list(
    items = spec,
    n = nrow(x),
    raw_alpha = a$total$raw_alpha,
    std_alpha = a$total$std.alpha,
    average_r = a$total$average_r,
    mean = a$total$mean,
    sd = a$total$sd,
    alpha_drop = named(a$alpha.drop$raw_alpha, items),
    std_alpha_drop = named(a$alpha.drop$std.alpha, items),
    r_drop = named(a$item.stats$r.drop, items),
    item_mean = named(a$item.stats$mean, items),
    item_sd = named(a$item.stats$sd, items)
  )
}

# ---- Scale scores and correlations, psych::corr.test() --------------------------------------------
recode <- function(spec) {
  v <- bfi[[item_name(spec)]]
  if (is_reversed(spec)) REVERSE_MIN + REVERSE_MAX - v else v
}
score_frame <- data.frame(lapply(scales, function(spec) rowMeans(sapply(spec, recode))))
score_frame$age <- bfi$age
corr_ref <- list()
for (method in c("pearson", "spearman")) {
  complete <- na.omit(score_frame)
  ct <- corr.test(complete, method = method, adjust = "none")
  corr_ref[[method]] <- list(
    variables = names(complete), missing = "listwise",
    r = rows_of(ct$r), p = rows_of(ct$p), n = ct$n
  )
}
# Pairwise deletion, for the library API: item columns with different missing patterns.
pair_items <- bfi[, c("A1", "C1", "E1", "N1", "O1", "education", "age")]
ct <- corr.test(pair_items, method = "pearson", adjust = "none", use = "pairwise")
corr_ref[["pearson_pairwise"]] <- list(
  variables = names(pair_items), missing = "pairwise",
  r = rows_of(ct$r), p = rows_of(ct$p), n = rows_of(ct$n)
)

# ---- Exploratory factor analysis, psych::fa(), KMO(), cortest.bartlett() -----------------------
efa_items <- c(paste0("A", 1:5), paste0("C", 1:5), paste0("E", 1:5), paste0("N", 1:5), paste0("O", 1:5))
d <- na.omit(bfi[, efa_items])
k <- KMO(d)
b <- suppressMessages(suppressWarnings(cortest.bartlett(d)))
solutions <- list()
for (fm in c("minres", "pa")) {
  for (rotate in c("none", "varimax", "oblimin")) {
    f <- fa(d, nfactors = 5, fm = fm, rotate = rotate, scores = "regression")
    L <- unclass(f$loadings)
    solutions[[paste(fm, rotate, sep = "_")]] <- list(
      fm = fm, rotate = rotate,
      factors = colnames(L),
      loadings = rows_of(L),
      communalities = unname(f$communality),
      uniquenesses = unname(f$uniquenesses),
      ss_loadings = unname(f$Vaccounted["SS loadings", ]),
      proportion_var = unname(f$Vaccounted["Proportion Var", ]),
      phi = if (is.null(f$Phi)) NULL else rows_of(f$Phi),
      scores_head = rows_of(f$scores[1:10, ])
    )
  }
}
# Bartlett's p underflows to 0 for the 25 items; a small sample gives a p-value worth comparing.
small_items <- c("A1", "C3", "N5", "O1")
small <- na.omit(bfi[1:60, small_items])
b_small <- suppressMessages(suppressWarnings(cortest.bartlett(small)))
efa_ref <- list(
  items = efa_items, n = nrow(d),
  kmo = k$MSA, kmo_items = named(k$MSAi, efa_items),
  bartlett = list(chisq = b$chisq, df = b$df, p = b$p.value),
  small_sample = list(rows = "1:60", items = small_items, n = nrow(small), kmo = KMO(small)$MSA,
                      bartlett = list(chisq = b_small$chisq, df = b_small$df, p = b_small$p.value)),
  solutions = solutions
)

# ---- Cross-tabulation with Pearson's chi-square (no continuity correction) -----------------------
crosstab <- function(a, b) {
  t <- table(a, b)
  test <- suppressWarnings(chisq.test(t, correct = FALSE))
  list(rows = rownames(t), cols = colnames(t), counts = rows_of(unclass(t)),
       chisq = unname(test$statistic), df = unname(test$parameter), p = test$p.value,
       expected = rows_of(test$expected))
}
crosstab_ref <- list(
  gender_education = crosstab(bfi$gender, bfi$education),
  gender_age30 = crosstab(bfi$gender, ifelse(bfi$age >= 30, "30+", "<30"))
)

# ---- Descriptives by group ----------------------------------------------------------------------
by_education <- lapply(split(bfi$age, bfi$education), function(v) list(
  n = length(v), mean = mean(v), sd = sd(v), median = median(v)))
describe_ref <- list(
  age = list(n = sum(!is.na(bfi$age)), mean = mean(bfi$age), sd = sd(bfi$age), median = median(bfi$age)),
  A1 = list(n = sum(!is.na(bfi$A1)), mean = mean(bfi$A1, na.rm = TRUE), sd = sd(bfi$A1, na.rm = TRUE),
            median = median(bfi$A1, na.rm = TRUE), counts = named(as.numeric(table(bfi$A1)), names(table(bfi$A1)))),
  age_by_education = by_education
)

# ---- Distribution functions ---------------------------------------------------------------------
dist_ref <- list(
  t_two_sided = lapply(list(c(2.1, 5), c(-0.3, 12), c(1.96, 1000), c(4.5, 30), c(0.01, 2), c(10, 3)),
    function(a) list(t = a[1], df = a[2], p = 2 * pt(-abs(a[1]), a[2]))),
  chisq_upper = lapply(list(c(3.84, 1), c(11.07, 5), c(0.5, 3), c(40, 20), c(150, 100), c(1e-3, 2)),
    function(a) list(x = a[1], df = a[2], p = pchisq(a[1], a[2], lower.tail = FALSE))),
  normal_quantile = lapply(c(0.975, 0.5, 0.001, 0.9, 1e-10),
    function(q) list(p = q, z = qnorm(q)))
)

reference <- list(
  meta = list(
    generated_by = "test/reference/make-reference.R",
    r = R.version.string,
    psych = as.character(packageVersion("psych")),
    GPArotation = as.character(packageVersion("GPArotation")),
    data = "psych::bfi",
    rows = nrow(bfi),
    reverse = list(min = REVERSE_MIN, max = REVERSE_MAX)
  ),
  scales = scales,
  alpha = alpha_ref,
  correlations = corr_ref,
  efa = efa_ref,
  crosstab = crosstab_ref,
  describe = describe_ref,
  distributions = dist_ref
)
writeLines(toJSON(reference, auto_unbox = TRUE, digits = NA, null = "null", pretty = TRUE),
           file.path(out_dir, "psych-reference.json"))
cat("wrote", file.path(out_dir, "bfi.csv"), "and", file.path(out_dir, "psych-reference.json"), "\n")
