# Builds the Gi* fixtures that GetisOrdGiStarSpdepFixtureTest compares against, to 1e-9.
#
# Run from the repository root:   Rscript src/test/resources/analysis/make-fixtures.R
# Needs Debian's r-cran-spdep (apt-get install -y r-cran-spdep). Writes src/test/resources/analysis/gistar/.
#
# Each case is a small square or hexagon grid with hand-picked or seeded counts (zero cells, grid edges,
# irregular counts). Weights are spdep's binary fixed distance band with the cell itself included:
#   include.self(dnearneigh(coords, 0, band))  ->  nb2listw(style = "B")  ->  localG
# "all" cases give spdep every cell of the grid (zero counts included); "nonempty" cases give it only
# the cells with at least one incident. That is exactly the CellInclusion choice on the Java side.
#
# Cell geometry must match se.platslage.analysis.grid.SquareLattice / HexLattice:
#   square: centre = (min_x + (col + 0.5) s, min_y + (row + 0.5) s)
#   hex (pointy top, odd rows shifted east): centre = (min_x + s/2 + col s + (row odd ? s/2 : 0),
#                                                      min_y + r + row * 1.5 r),  r = s / sqrt(3)
suppressMessages(library(spdep))

out_dir <- file.path("src", "test", "resources", "analysis", "gistar")
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
  data.frame(cell_id = id, column = col, row = row, x = x, y = y)
}

cases <- list()
run_case <- function(name, shape, s, min_x, min_y, ncol, nrow, band, inclusion, counts) {
  stopifnot(length(counts) == ncol * nrow)
  g <- centres(shape, s, min_x, min_y, ncol, nrow)
  g$count <- as.integer(counts)
  if (inclusion == "nonempty") g <- g[g$count > 0, ]
  coords <- cbind(g$x, g$y)
  nb <- include.self(dnearneigh(coords, 0, band))
  lw <- nb2listw(nb, style = "B")
  z <- as.vector(localG(g$count, lw))
  g$neighbours <- card(nb)
  g$z <- z
  g$p <- 2 * pnorm(abs(z), lower.tail = FALSE)
  g$p_bh <- p.adjust(g$p, method = "BH")
  f <- function(v) sprintf("%.17g", v)
  out <- data.frame(cell_id = g$cell_id, column = g$column, row = g$row, x = f(g$x), y = f(g$y),
                    count = g$count, neighbours = g$neighbours, z = f(g$z), p = f(g$p), p_bh = f(g$p_bh))
  write.csv(out, file.path(out_dir, paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
  cases[[length(cases) + 1]] <<- data.frame(case = name, shape = shape, cell_size = s, min_x = min_x,
                                            min_y = min_y, columns = ncol, rows = nrow, band = band,
                                            inclusion = inclusion)
}

# A: 5 x 4 squares, band 150 m = the 8 surrounding cells (141 m diagonals in, 200 m out). Row 0 first.
counts_a <- c(0, 1, 0, 2, 0,
              3, 5, 1, 0, 0,
              4, 9, 2, 0, 1,
              0, 2, 0, 0, 0)
run_case("square_5x4_band150_all", "square", 100, 0, 0, 5, 4, 150, "all", counts_a)

# B, C: 12 x 9 squares at a SWEREF 99 TM origin, one cluster plus Poisson background: many zeros.
set.seed(6)
g <- centres("square", 100, 674000, 6580000, 12, 9)
lambda <- 0.4 + 12 * exp(-((g$x - 674350)^2 + (g$y - 6580550)^2) / (2 * 180^2))
counts_b <- rpois(nrow(g), lambda)
run_case("square_12x9_band250_all", "square", 100, 674000, 6580000, 12, 9, 250, "all", counts_b)
run_case("square_12x9_band250_nonempty", "square", 100, 674000, 6580000, 12, 9, 250, "nonempty", counts_b)

# D: band exactly 200 m on a 100 m grid: centres 200 m apart are neighbours (dnearneigh's "LE" bound).
set.seed(7)
counts_d <- rnbinom(36, size = 0.8, mu = 3)
run_case("square_6x6_band200_exact_all", "square", 100, 0, 0, 6, 6, 200, "all", counts_d)

# E: hexagons, band 110 m = the six adjacent cells (next ring at 173 m).
set.seed(8)
counts_e <- rpois(56, 2)
counts_e[c(1, 9, 30)] <- c(0, 14, 11)
run_case("hex_8x7_band110_all", "hex", 100, 0, 0, 8, 7, 110, "all", counts_e)

# F, G: hexagons at a SWEREF origin, band 210 m = three rings (100, 173, 200 m), sparse counts.
set.seed(9)
gh <- centres("hex", 100, 674000, 6580000, 10, 8)
lambda_h <- 0.15 + 8 * exp(-((gh$x - 674700)^2 + (gh$y - 6580300)^2) / (2 * 150^2))
counts_f <- rpois(nrow(gh), lambda_h)
run_case("hex_10x8_band210_nonempty", "hex", 100, 674000, 6580000, 10, 8, 210, "nonempty", counts_f)
run_case("hex_10x8_band210_all", "hex", 100, 674000, 6580000, 10, 8, 210, "all", counts_f)

# H: non-empty cells only, some isolated (no other non-empty cell within 150 m: W_i = 1, only itself).
counts_h <- rep(0, 64)
counts_h[c(1, 2, 9, 10, 11, 19)] <- c(5, 7, 6, 9, 4, 3)   # a cluster in the south-west corner
counts_h[c(64, 40, 45)] <- c(1, 2, 1)                    # isolated cells, one on the edge
counts_h[c(30, 31, 38)] <- c(1, 1, 2)
run_case("square_8x8_band150_isolated_nonempty", "square", 100, 0, 0, 8, 8, 150, "nonempty", counts_h)

write.csv(do.call(rbind, cases), file.path(out_dir, "cases.csv"), row.names = FALSE, quote = FALSE)
cat("spdep", as.character(packageVersion("spdep")), "wrote", length(cases), "cases to", out_dir, "\n")
