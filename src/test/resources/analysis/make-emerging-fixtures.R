# Builds the emerging-hot-spot fixtures that SpaceTimeGiStarSpdepFixtureTest compares against, to 1e-9.
#
# Run from the repository root:   Rscript src/test/resources/analysis/make-emerging-fixtures.R
# Needs Debian's r-cran-spdep. Writes src/test/resources/analysis/emerging/.
#
# A cube has L locations (grid cells) and T time steps; bin (i, t). Two kinds of reference:
#  * slices: timeWindow = 0 with the per-step global window is an ordinary Gi* on each time slice, so each
#    slice goes through include.self(dnearneigh(coords, 0, band)) -> nb2listw(style = "B") -> localG.
#  * cube: the space-time neighbourhood written out as an spdep neighbour list over all L*T bins: bin (i, t)
#    has every (j, s) with j within the band of i (itself included) and t - timeWindow <= s <= t. It is
#    directed (neighbours look back in time only), which localG handles since it uses each row's own sums.
#    Global window "cube": localG over all bins at once; "window": for each t, localG over the bins of steps
#    max(0, t - timeWindow) .. t, keeping step t's values.
# Then, per location, cor.test(z, seq_along(z), method = "kendall", exact = FALSE) on its series of z.
#
# Cell geometry as make-fixtures.R (and SquareLattice / HexLattice).
suppressMessages(library(spdep))

out_dir <- file.path("src", "test", "resources", "analysis", "emerging")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
f <- function(v) sprintf("%.17g", v)

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

# Space-time neighbours of bins ordered step-major (bin = t * L + k, 1-based in R) over steps first..last.
space_time_nb <- function(spatial, L, first, last, tw) {
  steps <- last - first + 1
  nb <- vector("list", L * steps)
  for (t in 0:(steps - 1)) {
    for (k in 1:L) {
      back <- max(0, (first + t) - tw) - first   # earliest step index (0-based, within this sub-cube)
      ss <- max(0, back):t
      nb[[t * L + k]] <- as.integer(sort(as.vector(outer(spatial[[k]], ss * L, "+"))))
    }
  }
  class(nb) <- "nb"
  attr(nb, "region.id") <- as.character(seq_along(nb))
  attr(nb, "self.included") <- TRUE
  attr(nb, "sym") <- FALSE
  nb
}

gstar <- function(x, nb) as.vector(localG(x, nb2listw(nb, style = "B")))

cases <- list()
run_case <- function(name, shape, s, min_x, min_y, ncol, nrow, steps, band, tw, window, inclusion, counts) {
  g <- centres(shape, s, min_x, min_y, ncol, nrow)
  stopifnot(nrow(counts) == nrow(g), ncol(counts) == steps)
  keep <- if (inclusion == "nonempty") rowSums(counts) > 0 else rep(TRUE, nrow(g))
  g <- g[keep, ]
  x <- counts[keep, , drop = FALSE]            # L x T
  L <- nrow(g)
  spatial <- include.self(dnearneigh(cbind(g$x, g$y), 0, band))
  z <- matrix(NA_real_, L, steps)
  w <- matrix(NA_integer_, L, steps)
  if (window == "cube") {
    nb <- space_time_nb(spatial, L, 0, steps - 1, tw)
    zz <- gstar(as.vector(x), nb)               # as.vector of L x T is step-major, as the bins
    z[, ] <- zz
    w[, ] <- card(nb)
  } else {
    for (t in 0:(steps - 1)) {
      first <- max(0, t - tw)
      nb <- space_time_nb(spatial, L, first, t, tw)
      zz <- gstar(as.vector(x[, (first + 1):(t + 1), drop = FALSE]), nb)
      last <- (t - first) * L + (1:L)
      z[, t + 1] <- zz[last]
      w[, t + 1] <- card(nb)[last]
    }
  }
  bins <- data.frame(cell_id = rep(g$cell_id, steps), step = rep(0:(steps - 1), each = L),
                     count = as.vector(x), neighbours = as.vector(w), z = f(as.vector(z)))
  write.csv(bins, file.path(out_dir, paste0(name, "_bins.csv")), row.names = FALSE, quote = FALSE)
  trend <- do.call(rbind, lapply(1:L, function(k) {
    series <- z[k, ]
    ct <- suppressWarnings(cor.test(series, seq_along(series), method = "kendall", exact = FALSE))
    data.frame(cell_id = g$cell_id[k], tau = f(ct$estimate[[1]]), z = f(ct$statistic[[1]]), p = f(ct$p.value))
  }))
  write.csv(trend, file.path(out_dir, paste0(name, "_trend.csv")), row.names = FALSE, quote = FALSE)
  cases[[length(cases) + 1]] <<- data.frame(case = name, shape = shape, cell_size = s, min_x = min_x,
    min_y = min_y, columns = ncol, rows = nrow, steps = steps, band = band, time_window = tw,
    global_window = window, inclusion = inclusion)
}

# A cluster that moves east and grows over the steps, on Poisson background: hot spots appear, move, fade.
moving_cluster <- function(g, steps, seed, base) {
  set.seed(seed)
  sapply(0:(steps - 1), function(t) {
    cx <- min(g$x) + 150 + 60 * t
    cy <- mean(g$y)
    rpois(nrow(g), base + (2 + t / 2) * exp(-((g$x - cx)^2 + (g$y - cy)^2) / (2 * 160^2)))
  })
}

gs <- centres("square", 100, 674000, 6580000, 9, 7)
counts_s <- moving_cluster(gs, 10, 20261207, 0.3)
run_case("square_9x7_t10_band150_tw0_window_all", "square", 100, 674000, 6580000, 9, 7, 10, 150, 0, "window", "all", counts_s)
run_case("square_9x7_t10_band150_tw1_cube_all", "square", 100, 674000, 6580000, 9, 7, 10, 150, 1, "cube", "all", counts_s)
run_case("square_9x7_t10_band250_tw2_window_all", "square", 100, 674000, 6580000, 9, 7, 10, 250, 2, "window", "all", counts_s)
run_case("square_9x7_t10_band250_tw1_cube_nonempty", "square", 100, 674000, 6580000, 9, 7, 10, 250, 1, "cube", "nonempty", counts_s)

gh <- centres("hex", 100, 0, 0, 8, 6)
counts_h <- moving_cluster(gh, 12, 20261208, 0.2)
counts_h[c(5, 17), ] <- 0                      # two locations empty throughout
run_case("hex_8x6_t12_band110_tw0_window_all", "hex", 100, 0, 0, 8, 6, 12, 110, 0, "window", "all", counts_h)
run_case("hex_8x6_t12_band210_tw1_cube_nonempty", "hex", 100, 0, 0, 8, 6, 12, 210, 1, "cube", "nonempty", counts_h)

write.csv(do.call(rbind, cases), file.path(out_dir, "cases.csv"), row.names = FALSE, quote = FALSE)
cat("spdep", as.character(packageVersion("spdep")), "wrote", length(cases), "cases to", out_dir, "\n")
