# Reference values for Polku's effectiveness analytics, computed with R (survival::survfit and
# glm). Run from this folder: Rscript make-reference.R  (Debian: r-base-core r-cran-survival).
# Writes km.csv / glm.csv (the data) and reference.json (what R computed).
library(survival)
set.seed(20261126)

num <- function(x) ifelse(is.na(x), "null", formatC(x, digits = 15, format = "g"))
arr <- function(x) paste0("[", paste(num(x), collapse = ","), "]")

# Time to outcome: days with ties, censored and event observations at the same times.
n <- 120
time <- sample(c(10, 20, 30, 45, 60, 90, 120, 180, 240, 365), n, replace = TRUE) + sample(0:3, n, replace = TRUE)
event <- rbinom(n, 1, 0.55)
write.csv(data.frame(time = time, event = event), "km.csv", row.names = FALSE)
fit <- survfit(Surv(time, event) ~ 1)  # conf.type = "log", the default
s <- summary(fit, censored = TRUE)
km <- paste0('{"time":', arr(s$time), ',"nRisk":', arr(s$n.risk), ',"nEvent":', arr(s$n.event),
  ',"nCensor":', arr(s$n.censor), ',"survival":', arr(s$surv), ',"stdError":', arr(s$std.err),
  ',"lower":', arr(s$lower), ',"upper":', arr(s$upper), ',"median":', num(unname(summary(fit)$table["median"])), '}')

# Logistic regression: binary, categorical (three levels, two dummies) and numeric covariates.
m <- 400
x1 <- rbinom(m, 1, 0.4)
x2 <- rbinom(m, 1, 0.3)
level <- sample(c("a", "b", "c"), m, replace = TRUE, prob = c(0.5, 0.3, 0.2))
x3b <- as.integer(level == "b")
x3c <- as.integer(level == "c")
x4 <- round(rnorm(m, 0, 1), 2)
eta <- -0.8 + 0.9 * x1 - 0.7 * x2 + 0.4 * x3b - 0.5 * x3c + 0.3 * x4
y <- rbinom(m, 1, plogis(eta))
write.csv(data.frame(y, x1, x2, x3b, x3c, x4), "glm.csv", row.names = FALSE)
g <- glm(y ~ x1 + x2 + x3b + x3c + x4, family = binomial)
co <- summary(g)$coefficients
glmj <- paste0('{"names":["(Intercept)","x1","x2","x3b","x3c","x4"],"estimate":', arr(co[, 1]), ',"stdError":', arr(co[, 2]),
  ',"z":', arr(co[, 3]), ',"p":', arr(co[, 4]), ',"deviance":', num(g$deviance), ',"nullDeviance":', num(g$null.deviance),
  ',"aic":', num(g$aic), ',"iterations":', g$iter, '}')

# The same model on grouped data (covariate patterns without x4): successes out of trials.
grouped <- aggregate(cbind(s = y, t = 1) ~ x1 + x2 + x3b + x3c, data = data.frame(y, x1, x2, x3b, x3c), FUN = sum)
gg <- glm(cbind(s, t - s) ~ x1 + x2 + x3b + x3c, family = binomial, data = grouped)
cg <- summary(gg)$coefficients
groupedj <- paste0('{"estimate":', arr(cg[, 1]), ',"stdError":', arr(cg[, 2]), ',"deviance":', num(gg$deviance),
  ',"aic":', num(gg$aic), '}')

writeLines(paste0('{"survfit":', km, ',"glm":', glmj, ',"glmGrouped":', groupedj, '}'), "reference.json")
