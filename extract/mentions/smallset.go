package mentions

// lenFilter rejects most strings that are not keys of a small lexicon map
// without hashing them: it records which lengths occur per first byte. The
// finder asks several such maps about nearly every token, and most answers
// are no.
type lenFilter struct {
	lens  [256]uint64 // per first byte: bit min(len, 63) set when a key has that length
	empty bool        // the empty string is a key
}

func lenBit(n int) uint64 { return 1 << min(n, 63) }

func (f *lenFilter) add(k string) {
	if k == "" {
		f.empty = true
		return
	}
	f.lens[k[0]] |= lenBit(len(k))
}

// may reports whether k can be a key; false is certain.
func (f *lenFilter) may(k string) bool {
	if k == "" {
		return f.empty
	}
	return f.lens[k[0]]&lenBit(len(k)) != 0
}

// smallSet is a set of lexicon strings (titles, club words, gazetteer
// entries starting in lower case, GermEval OTH names) behind a lenFilter.
type smallSet struct {
	m      map[string]bool
	filter lenFilter
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

func (s *smallSet) add(k string) {
	s.m[k] = true
	s.filter.add(k)
}

func (s *smallSet) has(k string) bool {
	return s.filter.may(k) && s.m[k]
}

// hasPair reports whether a+" "+b is a member, building that string only
// when the filter lets it pass.
func (s *smallSet) hasPair(a, b string) bool {
	if a == "" {
		return s.has(" " + b)
	}
	if s.filter.lens[a[0]]&lenBit(len(a)+1+len(b)) == 0 {
		return false
	}
	return s.m[a+" "+b]
}
