# The emerging-hot-spot computation in R on a cube exported by EmergingBenchmark, timed. Usage:
#   Rscript spdep-emerging.R cube.csv <distanceBandMeters> out-prefix
# cube.csv: cell_id,x,y,s1..sT (counts per time step, every location). Per time slice spdep localG with
# include.self(dnearneigh(coords, 0, band)), style "B" (the weights built once: the locations are the same in
# every slice), then per location base R cor.test(z, seq_along(z), method = "kendall", exact = FALSE).
# Prints  R_SECONDS weights=.. localG=.. mannKendall=.. total=.. maxMemMb=..  and writes out-prefix-z.csv
# (one row per location, z per step) and out-prefix-mk.csv (cell_id, tau, p), 17 significant digits.
suppressMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
cube <- read.csv(args[1])
band <- as.numeric(args[2])
steps <- ncol(cube) - 3
invisible(gc(reset = TRUE))
coords <- cbind(cube$x, cube$y)
t_weights <- system.time({
  lw <- nb2listw(include.self(dnearneigh(coords, 0, band)), style = "B")
})[["elapsed"]]
z <- matrix(NA_real_, nrow(cube), steps)
t_localg <- system.time(for (t in 1:steps) z[, t] <- as.vector(localG(cube[[3 + t]], lw)))[["elapsed"]]
tau <- numeric(nrow(cube))
p <- numeric(nrow(cube))
time <- seq_len(steps)
t_mk <- system.time(for (k in seq_len(nrow(cube))) {
  ct <- suppressWarnings(cor.test(z[k, ], time, method = "kendall", exact = FALSE))
  tau[k] <- ct$estimate[[1]]
  p[k] <- ct$p.value
})[["elapsed"]]
mem <- gc()
max_mb <- sum(mem[, ncol(mem)])  # "max used" (Mb) of Ncells and Vcells since the reset
f <- function(v) sprintf("%.17g", v)
write.csv(data.frame(cell_id = cube$cell_id, apply(z, 2, f)), paste0(args[3], "-z.csv"), row.names = FALSE, quote = FALSE)
write.csv(data.frame(cell_id = cube$cell_id, tau = f(tau), p = f(p)), paste0(args[3], "-mk.csv"), row.names = FALSE,
          quote = FALSE)
cat(sprintf("R_SECONDS weights=%.3f localG=%.3f mannKendall=%.3f total=%.3f maxMemMb=%.1f\n", t_weights, t_localg,
            t_mk, t_weights + t_localg + t_mk, max_mb))
