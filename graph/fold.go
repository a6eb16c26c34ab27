package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form stored in name_folded and alias_folded: lower
// case, diacritics removed, ß as ss, runs of white space as one space. Look-ups
// fold the user's text the same way, so "tokajew", "Tokajew" and "Tokajéw"
// find the same node.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ß' || r == 'ẞ':
			b.WriteString("ss")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
