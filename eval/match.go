package eval

import (
	"slices"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// fold is the comparison form of a name: NFC, Unicode full case folding
// (so "STRAUSS" and "Strauß" compare equal, as a caseless match does),
// NFC again. A cases.Caser is not safe for concurrent use, so fold builds
// its own.
func fold(s string) string {
	s = norm.NFC.String(strings.TrimSpace(s))
	return norm.NFC.String(cases.Fold().String(s))
}

// surfaceSet is the folded set of an entity's name and aliases.
func surfaceSet(name string, aliases []string) map[string]bool {
	set := make(map[string]bool, 1+len(aliases))
	if f := fold(name); f != "" {
		set[f] = true
	}
	for _, a := range aliases {
		if f := fold(a); f != "" {
			set[f] = true
		}
	}
	return set
}

func intersects(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// maxMatching returns a maximum one-to-one matching in the bipartite graph
// with left vertices 0..nLeft-1 and right vertices 0..nRight-1. The edges
// come in tiers, best first: the matching is grown with the edges of the
// first tier, then of the first two, and so on, so that among the largest
// matchings it tends to keep the better pairs (an entity paired with the
// gold entity of its own name rather than one sharing an alias). The size
// is the maximum either way; tiers only decide which pairs are reported.
// matchLeft[l] is the right vertex matched to l, or -1.
//
// Kuhn's augmenting-path algorithm, O(V·E) per tier: ample for the tens
// of items of one article. Vertices are tried in index order, so the
// result is deterministic.
func maxMatching(nLeft, nRight int, tiers ...func(l, r int) bool) (matchLeft []int, size int) {
	matchLeft = make([]int, nLeft)
	matchRight := make([]int, nRight)
	for i := range matchLeft {
		matchLeft[i] = -1
	}
	for i := range matchRight {
		matchRight[i] = -1
	}
	adj := make([][]int, nLeft)
	var visited []bool
	var try func(l int) bool
	try = func(l int) bool {
		for _, r := range adj[l] {
			if visited[r] {
				continue
			}
			visited[r] = true
			if matchRight[r] < 0 || try(matchRight[r]) {
				matchLeft[l] = r
				matchRight[r] = l
				return true
			}
		}
		return false
	}
	for _, edge := range tiers {
		for l := range nLeft {
			for r := range nRight {
				if edge(l, r) && !slices.Contains(adj[l], r) {
					adj[l] = append(adj[l], r)
				}
			}
		}
		for l := range nLeft {
			if matchLeft[l] >= 0 {
				continue
			}
			visited = make([]bool, nRight)
			if try(l) {
				size++
			}
		}
	}
	return matchLeft, size
}
