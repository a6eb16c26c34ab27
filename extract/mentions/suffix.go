package mentions

import "strings"

// suffixSet finds stems, followed by an inflection ending, at the end of
// words in one pass: a trie over the reversed bytes of every stem+ending,
// walked from the end of a word.
type suffixSet struct {
	root  trieNode
	first [256]uint16 // last byte of a word → 1 + index of the root's child, 0: none (skips the widest node's scan)
}

// The children are stored by value, not by pointer: a step down the trie
// then reads two arrays (labels, children) instead of three, and this walk
// runs for nearly every capitalised token.
type trieNode struct {
	bytes   []byte // edge labels, parallel to kids
	kids    []trieNode
	stemLen int // >0: a stem of this many bytes plus an ending ends here
}

func (n *trieNode) child(b byte) *trieNode {
	for i, c := range n.bytes {
		if c == b {
			return &n.kids[i]
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
	if key != "" && s.first[key[len(key)-1]] == 0 {
		b := key[len(key)-1]
		n.bytes = append(n.bytes, b)
		n.kids = append(n.kids, trieNode{})
		s.first[b] = uint16(len(n.kids))
	}
	for i := len(key) - 1; i >= 0; i-- {
		c := n.child(key[i])
		if c == nil {
			// appending may move the siblings; c points into the new array
			n.bytes = append(n.bytes, key[i])
			n.kids = append(n.kids, trieNode{})
			c = &n.kids[len(n.kids)-1]
		}
		n = c
	}
	n.stemLen = max(n.stemLen, stemLen)
}

// longest returns the start of the longest key (stem with or without an
// ending) that ends w, and the stem's length, or -1, 0.
func (s *suffixSet) longest(w string) (int, int) {
	if w == "" {
		return -1, 0
	}
	k := s.first[w[len(w)-1]]
	if k == 0 {
		return -1, 0 // no key ends in this byte
	}
	n := &s.root.kids[k-1]
	best, stemLen := -1, 0
	for i := len(w) - 1; ; i-- {
		if n.stemLen > 0 {
			best, stemLen = i, n.stemLen
		}
		if i == 0 {
			break
		}
		if n = n.child(w[i-1]); n == nil {
			break
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

// endingSet is a list of word endings, grouped by their last byte so that
// a test reads only the few endings that can match.
type endingSet struct {
	byLast [256][]string
}

func (e *endingSet) add(ending string) {
	if ending == "" {
		return // lines are never empty
	}
	b := ending[len(ending)-1]
	e.byLast[b] = append(e.byLast[b], ending)
}

// endsWith reports whether w ends in one of the endings with at least
// three bytes before it.
func (e *endingSet) endsWith(w string) bool {
	if w == "" {
		return false
	}
	for _, end := range e.byLast[w[len(w)-1]] {
		if len(w) >= len(end)+3 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
