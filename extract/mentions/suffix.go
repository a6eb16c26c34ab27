package mentions

import "strings"

// suffixSet finds stems, followed by an inflection ending, at the end of
// words in one pass: a trie over the reversed bytes of every stem+ending,
// walked from the end of a word.
type suffixSet struct {
	root trieNode
}

// The children are stored by value, not by pointer: a step down the trie
// then reads two arrays (labels, children) instead of three, and this walk
// runs for nearly every capitalised token. Nodes with many children (the
// root: every last letter) also get a table from byte to child, so that a
// step is one look-up instead of a scan.
type trieNode struct {
	bytes   []byte // edge labels, parallel to kids
	kids    []trieNode
	wide    *[256]uint16 // when len(kids) > wideFanout: byte → 1 + index into kids, 0: none
	stemLen int          // >0: a stem of this many bytes plus an ending ends here
}

const wideFanout = 8

func (n *trieNode) child(b byte) *trieNode {
	if n.wide != nil {
		if k := n.wide[b]; k != 0 {
			return &n.kids[k-1]
		}
		return nil
	}
	for i, c := range n.bytes {
		if c == b {
			return &n.kids[i]
		}
	}
	return nil
}

// addChild appends a child for byte b; appending may move the siblings,
// so the result points into the new array.
func (n *trieNode) addChild(b byte) *trieNode {
	n.bytes = append(n.bytes, b)
	n.kids = append(n.kids, trieNode{})
	if len(n.kids) > wideFanout {
		if n.wide == nil {
			n.wide = new([256]uint16)
		}
		for i, c := range n.bytes {
			n.wide[c] = uint16(i + 1)
		}
	}
	return &n.kids[len(n.kids)-1]
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
			c = n.addChild(key[i])
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
		if n = n.child(w[i]); n == nil {
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
