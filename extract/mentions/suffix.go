package mentions

// suffixSet finds stems at the end of words quickly: a trie over the
// reversed bytes of the stems, walked from the end of a word.
type suffixSet struct {
	root trieNode
}

type trieNode struct {
	bytes []byte // edge labels, parallel to kids
	kids  []*trieNode
	end   bool // a stem ends here
}

func (n *trieNode) child(b byte) *trieNode {
	for i, c := range n.bytes {
		if c == b {
			return n.kids[i]
		}
	}
	return nil
}

func (s *suffixSet) add(stem string) {
	n := &s.root
	for i := len(stem) - 1; i >= 0; i-- {
		c := n.child(stem[i])
		if c == nil {
			c = &trieNode{}
			n.bytes = append(n.bytes, stem[i])
			n.kids = append(n.kids, c)
		}
		n = c
	}
	n.end = true
}

// longest returns the start of the longest stem that ends body, or -1.
// Stems start on a rune boundary because they are whole UTF-8 strings.
func (s *suffixSet) longest(body string) int {
	n := &s.root
	best := -1
	for i := len(body) - 1; i >= 0; i-- {
		n = n.child(body[i])
		if n == nil {
			break
		}
		if n.end {
			best = i
		}
	}
	return best
}

// match finds the longest stem that ends lower, allowing an inflection
// ending after it (endings tried longest first). It returns the stem and
// the byte offset where it starts, or "" and -1.
func (s *suffixSet) match(lower string) (string, int) {
	for _, end := range inflections {
		if len(end) > 0 && (len(lower) < len(end) || lower[len(lower)-len(end):] != end) {
			continue
		}
		body := lower[:len(lower)-len(end)]
		if at := s.longest(body); at >= 0 {
			return body[at:], at
		}
	}
	return "", -1
}
