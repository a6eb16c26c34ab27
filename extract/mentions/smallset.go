package mentions

// smallSet is a set of lexicon strings (titles, club words, gazetteer
// entries starting in lower case, GermEval OTH names). The finder asks
// several of these of nearly every token and most answers are no; the set
// records which lengths occur per first byte, so that most absent strings
// are rejected without hashing them.
type smallSet struct {
	m     map[string]bool
	lens  [256]uint64 // per first byte: bit min(len, 63) set when a key has that length
	empty bool        // the empty string is a member
}

func newSmallSet() *smallSet { return &smallSet{m: map[string]bool{}} }

// setOf returns the members (true values) of m as a smallSet.
func setOf(m map[string]bool) *smallSet {
	s := newSmallSet()
	for k, v := range m {
		if v {
			s.add(k)
		}
	}
	return s
}

func lenBit(n int) uint64 { return 1 << min(n, 63) }

func (s *smallSet) add(k string) {
	if k == "" {
		s.empty = true
		return
	}
	s.m[k] = true
	s.lens[k[0]] |= lenBit(len(k))
}

func (s *smallSet) has(k string) bool {
	if k == "" {
		return s.empty
	}
	if s.lens[k[0]]&lenBit(len(k)) == 0 {
		return false
	}
	return s.m[k]
}

// hasPair reports whether a+" "+b is a member, building that string only
// when the filter lets it pass.
func (s *smallSet) hasPair(a, b string) bool {
	if a == "" {
		return s.has(" " + b)
	}
	if s.lens[a[0]]&lenBit(len(a)+1+len(b)) == 0 {
		return false
	}
	return s.m[a+" "+b]
}
