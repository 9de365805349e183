# Builds the Mann–Kendall and Sen's slope fixtures that MannKendallRFixtureTest compares against, to 1e-9.
#
# Run from the repository root:   Rscript src/test/resources/analysis/make-trend-fixtures.R
# Needs only base R (Debian: r-base-core). Writes src/test/resources/analysis/trend/series.csv.
#
# The reference is what the issue names: cor.test(x, seq_along(x), method = "kendall", exact = FALSE),
# whose defaults are no continuity correction and the tie-corrected variance of S. Its estimate is tau-b,
# its statistic z, its p.value two-sided. S is the sum of the signs of all later-minus-earlier differences,
# and Sen's slope the median of all pairwise slopes, both computed here in base R.
out_dir <- file.path("src", "test", "resources", "analysis", "trend")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

set.seed(20261207)
series <- list(
  rising_no_ties = c(3, 5, 4, 8, 7, 9, 12, 11, 15, 14),
  falling_monthly_counts_36 = rpois(36, lambda = seq(14, 4, length.out = 36)),
  flat_poisson_36 = rpois(36, lambda = 6),
  many_ties_24 = rep(c(2, 2, 3, 2, 3, 3, 4, 3), 3),
  heavy_zero_ties_48 = rpois(48, lambda = seq(0.2, 1.5, length.out = 48)),
  rising_gi_z_scores_20 = round(seq(-1, 3, length.out = 20) + rnorm(20, sd = 0.6), 6),
  oscillating_12 = c(1, 9, 2, 8, 3, 7, 4, 6, 5, 5, 6, 4),
  short_3 = c(1, 3, 2),
  strong_fall_60 = rpois(60, lambda = seq(40, 2, length.out = 60)),
  one_change_30 = c(rep(5, 15), rep(6, 15))
)

f <- function(v) sprintf("%.17g", v)
rows <- list()
for (name in names(series)) {
  x <- series[[name]]
  n <- length(x)
  ct <- suppressWarnings(cor.test(x, seq_along(x), method = "kendall", exact = FALSE))
  s <- 0
  slopes <- c()
  for (i in 1:(n - 1)) {
    for (j in (i + 1):n) {
      s <- s + sign(x[j] - x[i])
      slopes <- c(slopes, (x[j] - x[i]) / (j - i))
    }
  }
  rows[[name]] <- data.frame(name = name, n = n, s = s, tau = f(ct$estimate[[1]]), z = f(ct$statistic[[1]]),
                             p = f(ct$p.value), sen = f(median(slopes)),
                             values = paste(f(x), collapse = " "))
}
write.csv(do.call(rbind, rows), file.path(out_dir, "series.csv"), row.names = FALSE, quote = FALSE)
cat("R", R.version$major, R.version$minor, "wrote", length(rows), "series\n")
