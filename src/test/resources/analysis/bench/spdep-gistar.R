# Gi* with spdep on a grid exported by GiStarBenchmark, timed. Usage:
#   Rscript spdep-gistar.R grid.csv <distanceBandMeters> z-out.csv
# grid.csv: cell_id,x,y,count (every cell that enters the statistic). Prints one line
#   SPDEP_SECONDS weights=<dnearneigh+include.self+nb2listw> localG=<localG> total=<both>
# and writes cell_id,z with 17 significant digits.
suppressMessages(library(spdep))
args <- commandArgs(trailingOnly = TRUE)
grid <- read.csv(args[1])
band <- as.numeric(args[2])
coords <- cbind(grid$x, grid$y)
t_weights <- system.time({
  nb <- include.self(dnearneigh(coords, 0, band))
  lw <- nb2listw(nb, style = "B")
})[["elapsed"]]
t_localg <- system.time(z <- as.vector(localG(grid$count, lw)))[["elapsed"]]
write.csv(data.frame(cell_id = grid$cell_id, z = sprintf("%.17g", z)), args[3], row.names = FALSE, quote = FALSE)
cat(sprintf("SPDEP_SECONDS weights=%.3f localG=%.3f total=%.3f links=%d\n", t_weights, t_localg,
            t_weights + t_localg, sum(card(nb))))
