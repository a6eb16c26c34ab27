package eval

import "testing"

// bruteForceMatching is the size of a largest matching, by trying every
// assignment: a reference for small graphs.
func bruteForceMatching(nLeft, nRight int, edge func(l, r int) bool) int {
	used := make([]bool, nRight)
	var best func(l int) int
	best = func(l int) int {
		if l == nLeft {
			return 0
		}
		b := best(l + 1) // l stays unmatched
		for r := range nRight {
			if !used[r] && edge(l, r) {
				used[r] = true
				b = max(b, 1+best(l+1))
				used[r] = false
			}
		}
		return b
	}
	return best(0)
}

func TestMaxMatchingIsMaximum(t *testing.T) {
	seed := uint32(11)
	next := func(n int) int {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return int(seed % uint32(n))
	}
	for range 2000 {
		nl, nr := 1+next(6), 1+next(6)
		var strong, all [6][6]bool
		for l := range nl {
			for r := range nr {
				all[l][r] = next(3) == 0
				strong[l][r] = all[l][r] && next(2) == 0
			}
		}
		edge := func(l, r int) bool { return all[l][r] }
		want := bruteForceMatching(nl, nr, edge)
		match, got := maxMatching(nl, nr, func(l, r int) bool { return strong[l][r] }, edge)
		if got != want {
			t.Fatalf("size %d, brute force %d (edges %v)", got, want, all)
		}
		seen := map[int]bool{}
		n := 0
		for l, r := range match {
			if r < 0 {
				continue
			}
			if seen[r] || !all[l][r] {
				t.Fatalf("invalid matching %v", match)
			}
			seen[r] = true
			n++
		}
		if n != got {
			t.Fatalf("matching %v has %d pairs, size says %d", match, n, got)
		}
	}
}

func TestEntityReportPrefersSameNamePairs(t *testing.T) {
	gold := GoldArticle{Entities: []GoldEntity{{Name: "Hafenstadt", Type: "Place"}}}
	pred := GoldArticle{Entities: []GoldEntity{
		// A state standing for its capital comes first and shares the
		// capital's name as an alias.
		{Name: "Nordland", Type: "State", Aliases: []string{"Hafenstadt"}},
		{Name: "Hafenstadt", Type: "Place"},
	}}
	s := ScoreArticle(gold, pred)
	if s.Entities != (Counts{TP: 1, FP: 1}) {
		t.Fatalf("entities = %+v", s.Entities)
	}
	if len(s.FalseEntities) != 1 || s.FalseEntities[0].Name != "Nordland" || len(s.TypeMismatches) != 0 {
		t.Errorf("false %+v, type mismatches %+v; want Nordland false and no mismatch", s.FalseEntities, s.TypeMismatches)
	}
}
