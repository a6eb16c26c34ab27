# Turns `go test -bench -benchmem` output into one aligned table: a row per
# benchmark, a column per unit (ns/op, MB/s, words/s, B/op, allocs/op and
# any custom metric a benchmark reports), in the order first seen.
/^pkg: / { pkg = $2; sub(/.*\/newsgraph\/?/, "", pkg); if (pkg == "") pkg = "." }
/^Benchmark/ && NF >= 4 {
	name = $1; sub(/^Benchmark/, "", name); sub(/-[0-9]+$/, "", name)
	row = ++rows
	label[row] = pkg "." name
	iters[row] = $2
	for (i = 3; i < NF; i += 2) {
		unit = $(i + 1)
		if (!(unit in seen)) { seen[unit] = 1; units[++nunits] = unit }
		val[row, unit] = $i
	}
}
END {
	if (rows == 0) { print "no benchmark results"; exit }
	w = length("benchmark")
	for (r = 1; r <= rows; r++) if (length(label[r]) > w) w = length(label[r])
	printf "%-" w "s %10s", "benchmark", "runs"
	for (u = 1; u <= nunits; u++) printf " %14s", units[u]
	printf "\n"
	for (r = 1; r <= rows; r++) {
		printf "%-" w "s %10s", label[r], iters[r]
		for (u = 1; u <= nunits; u++) {
			v = ((r, units[u]) in val) ? val[r, units[u]] : "-"
			printf " %14s", v
		}
		printf "\n"
	}
}
