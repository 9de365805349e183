# Builds the global Moran's I fixtures that GlobalMoransISpdepFixtureTest compares against, to 1e-9.
#
# Run from the repository root:   Rscript src/test/resources/analysis/make-moran-fixtures.R
# Needs Debian's r-cran-spdep (apt-get install -y r-cran-spdep). Writes src/test/resources/analysis/moran/.
#
# Weights are what Incremental Spatial Autocorrelation uses on the Java side: binary fixed distance band
# without the cell itself, row-standardised:
#   dnearneigh(coords, 0, band)  ->  nb2listw(style = "W")  ->  moran.test(randomisation = TRUE)
# moran.test's "standard deviate" is the z-score; its estimate holds I, E[I] and V[I]. "all" cases give
# spdep every cell of the grid, "nonempty" ones only cells with at least one incident (CellInclusion).
# Every band is chosen so that each cell has a neighbour (row standardisation needs one; stopifnot below).
# Cell geometry as in make-fixtures.R (SquareLattice / HexLattice centres).
suppressMessages(library(spdep))

out_dir <- file.path("src", "test", "resources", "analysis", "moran")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

centres <- function(shape, s, min_x, min_y, ncol, nrow) {
  id <- 0:(ncol * nrow - 1)
  col <- id %% ncol
  row <- id %/% ncol
  if (shape == "square") {
    x <- min_x + (col + 0.5) * s
    y <- min_y + (row + 0.5) * s
  } else {
    r <- s / sqrt(3)
    x <- min_x + s / 2 + col * s + ifelse(row %% 2 == 1, s / 2, 0)
    y <- min_y + r + row * 1.5 * r
  }
  data.frame(cell_id = id, x = x, y = y)
}

f <- function(v) sprintf("%.17g", v)
cases <- list()
grids <- list()
add_grid <- function(grid, shape, s, min_x, min_y, ncol, nrow, counts) {
  stopifnot(length(counts) == ncol * nrow)
  g <- centres(shape, s, min_x, min_y, ncol, nrow)
  g$count <- as.integer(counts)
  write.csv(data.frame(cell_id = g$cell_id, x = f(g$x), y = f(g$y), count = g$count),
            file.path(out_dir, paste0(grid, ".csv")), row.names = FALSE, quote = FALSE)
  grids[[grid]] <<- list(g = g, shape = shape, s = s, min_x = min_x, min_y = min_y, ncol = ncol, nrow = nrow)
}
run_case <- function(grid, band, inclusion) {
  gr <- grids[[grid]]
  g <- gr$g
  if (inclusion == "nonempty") g <- g[g$count > 0, ]
  nb <- dnearneigh(cbind(g$x, g$y), 0, band)
  stopifnot(all(card(nb) > 0))
  mt <- moran.test(g$count, nb2listw(nb, style = "W"), randomisation = TRUE)
  est <- mt$estimate
  cases[[length(cases) + 1]] <<- data.frame(
    grid = grid, shape = gr$shape, cell_size = gr$s, min_x = gr$min_x, min_y = gr$min_y, columns = gr$ncol,
    rows = gr$nrow, band = band, inclusion = inclusion, n = nrow(g),
    i = f(est[["Moran I statistic"]]), expected = f(est[["Expectation"]]), variance = f(est[["Variance"]]),
    z = f(mt$statistic[[1]]))
}

# A: 5 x 4 squares, hand-picked counts with zeros (as the Gi* fixture A); 150 m = the 8 around.
add_grid("square_5x4", "square", 100, 0, 0, 5, 4,
         c(0, 1, 0, 2, 0, 3, 5, 1, 0, 0, 4, 9, 2, 0, 1, 0, 2, 0, 0, 0))
run_case("square_5x4", 150, "all")
run_case("square_5x4", 250, "all")

# B: 12 x 9 squares at a SWEREF 99 TM origin, one Poisson cluster over a background with many zeros.
set.seed(6)
g <- centres("square", 100, 674000, 6580000, 12, 9)
add_grid("square_12x9", "square", 100, 674000, 6580000, 12, 9,
         rpois(nrow(g), 0.4 + 12 * exp(-((g$x - 674350)^2 + (g$y - 6580550)^2) / (2 * 180^2))))
run_case("square_12x9", 110, "all")
run_case("square_12x9", 250, "all")
run_case("square_12x9", 450, "nonempty")

# C: band exactly on a lattice distance (200 m on 100 m squares: the "LE" bound takes the ring in).
set.seed(7)
add_grid("square_6x6", "square", 100, 0, 0, 6, 6, rnbinom(36, size = 0.8, mu = 3))
run_case("square_6x6", 200, "all")

# D: hexagons at a SWEREF origin, both row parities, sparse counts.
set.seed(9)
gh <- centres("hex", 100, 674000, 6580000, 10, 8)
add_grid("hex_10x8", "hex", 100, 674000, 6580000, 10, 8,
         rpois(nrow(gh), 0.15 + 8 * exp(-((gh$x - 674700)^2 + (gh$y - 6580300)^2) / (2 * 150^2))))
run_case("hex_10x8", 110, "all")
run_case("hex_10x8", 210, "all")
run_case("hex_10x8", 410, "nonempty")

# E: a whole incremental series on a 24 x 20 grid of 50 m squares with two clusters about 300 m across:
# the bands 50, 100, ..., 500 m that the Java peak search steps through with every cell in.
set.seed(11)
ge <- centres("square", 50, 0, 0, 24, 20)
lambda_e <- 0.3 + 6 * exp(-((ge$x - 300)^2 + (ge$y - 300)^2) / (2 * 75^2)) +
  6 * exp(-((ge$x - 850)^2 + (ge$y - 700)^2) / (2 * 75^2))
add_grid("square_24x20_clusters", "square", 50, 0, 0, 24, 20, rpois(nrow(ge), lambda_e))
for (band in seq(50, 500, by = 50)) run_case("square_24x20_clusters", band, "all")

write.csv(do.call(rbind, cases), file.path(out_dir, "cases.csv"), row.names = FALSE, quote = FALSE)
cat("spdep", as.character(packageVersion("spdep")), "wrote", length(cases), "cases to", out_dir, "\n")
