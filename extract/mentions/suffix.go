package mentions

// suffixSet finds stems, followed by an inflection ending, at the end of
// words in one pass: a trie over the reversed bytes of every stem+ending,
// walked from the end of a word.
type suffixSet struct {
	root trieNode
}

type trieNode struct {
	bytes   []byte // edge labels, parallel to kids
	kids    []*trieNode
	stemLen int // >0: a stem of this many bytes plus an ending ends here
}

func (n *trieNode) child(b byte) *trieNode {
	for i, c := range n.bytes {
		if c == b {
			return n.kids[i]
		}
	}
	return nil
}

// add inserts stem with every inflection ending.
func (s *suffixSet) add(stem string) {
	for _, end := range inflections {
		s.insert(stem+end, len(stem))
	}
}

func (s *suffixSet) insert(key string, stemLen int) {
	n := &s.root
	for i := len(key) - 1; i >= 0; i-- {
		c := n.child(key[i])
		if c == nil {
			c = &trieNode{}
			n.bytes = append(n.bytes, key[i])
			n.kids = append(n.kids, c)
		}
		n = c
	}
	n.stemLen = max(n.stemLen, stemLen)
}

// longest returns the start of the longest key (stem with or without an
// ending) that ends w, and the stem's length, or -1, 0.
func (s *suffixSet) longest(w string) (int, int) {
	n := &s.root
	best, stemLen := -1, 0
	for i := len(w) - 1; i >= 0; i-- {
		n = n.child(w[i])
		if n == nil {
			break
		}
		if n.stemLen > 0 {
			best, stemLen = i, n.stemLen
		}
	}
	return best, stemLen
}

// match finds the longest stem+ending at the end of lower and returns the
// stem and the byte offset where it starts, or "" and -1.
func (s *suffixSet) match(lower string) (string, int) {
	at, n := s.longest(lower)
	if at < 0 {
		return "", -1
	}
	return lower[at : at+n], at
}

// inflections are the endings allowed after a stem.
var inflections = []string{"innen", "in", "en", "es", "em", "er", "n", "s", "e", ""}
