package mentions

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// Tagger labels pre-tokenised sentences with GermEval 2014 BIO labels
// (PER, ORG, LOC, OTH, with deriv and part variants), using the same
// finder as the pipeline. It is safe for concurrent use.
type Tagger struct {
	f *Finder
}

// NewTagger returns a tagger with the embedded lexicon.
func NewTagger() *Tagger {
	f := New()
	f.unknownNames = false
	return &Tagger{f: f}
}

// unknownType is the GermEval class given to a capitalised word that no
// rule could type.
var unknownType = "PER"

// germevalType maps an entity type to its GermEval class. Events
// (measures such as Ausnahmezustand) are not GermEval entities.
func germevalType(m Mention) string {
	if m.Type == newsgraph.Event && strings.HasPrefix(m.Cue, "named-event:") {
		return "OTH" // der Zweite Weltkrieg
	}
	return germevalClass(m.Type)
}

// germevalClass maps an entity type to its GermEval class.
func germevalClass(t newsgraph.EntityType) string {
	switch t {
	case newsgraph.Person:
		return "PER"
	case newsgraph.Organization:
		return "ORG"
	case newsgraph.State, newsgraph.Place:
		return "LOC"
	}
	return ""
}

// Tag returns one label per token.
func (t *Tagger) Tag(tokens []string) []string {
	labels := make([]string, len(tokens))
	for i := range labels {
		labels[i] = "O"
	}
	if len(tokens) == 0 {
		return labels
	}
	// Rebuild the sentence text with one space between tokens.
	var b strings.Builder
	starts := make([]int, len(tokens))
	ends := make([]int, len(tokens))
	for i, tok := range tokens {
		if i > 0 && !(tok == "." && abbreviation(tokens[i-1]) && i+1 < len(tokens) && isUpperInitial(tokens[i+1])) {
			// GermEval splits "St. Moritz" into St . Moritz: written
			// apart, the point would end the sentence
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(tok)
		ends[i] = b.Len()
	}
	doc := text.Segment(newsgraph.Article{Text: b.String()})
	ms := t.f.Find(doc)
	// Derived forms and parts first, names override them.
	for pass := 0; pass < 2; pass++ {
		for _, m := range ms {
			typ := germevalType(m)
			if m.Type == "" && m.Kind == Name {
				typ = unknownType
				if strings.HasPrefix(m.Cue, "other:") {
					typ = "OTH"
				}
			}
			if typ == "" || m.Kind == Description || m.Kind == Pronoun || strings.HasPrefix(m.Cue, "org-noun:") {
				// GermEval tags names, not bare institution nouns (das Verteidigungsministerium)
				continue
			}
			minor := m.Kind == Demonym || m.Kind == Part
			if minor != (pass == 0) {
				continue
			}
			first, last := -1, -1
			partial := false
			for i := range tokens {
				if ends[i] <= m.Span.Start || starts[i] >= m.Span.End {
					continue
				}
				if first < 0 {
					first = i
				}
				last = i
				if starts[i] < m.Span.Start || ends[i] > m.Span.End {
					pre := tokens[i][:max(0, m.Span.Start-starts[i])]
					post := tokens[i][len(tokens[i])-max(0, ends[i]-m.Span.End):]
					partial = partial || !wholeToken(pre, post)
				}
			}
			if first < 0 {
				continue
			}
			if m.Kind == Name && typ == "ORG" {
				// GermEval leaves adjectives before a body outside its name
				// (die russische [Regierung]): they are LOCderiv or nothing
				for first < last && !isUpperInitial(tokens[first]) {
					first++
				}
			}
			suffix := ""
			switch {
			case m.Kind == Demonym:
				suffix = "deriv"
			case m.Kind == Part || partial:
				suffix = "part"
			}
			for i := first; i <= last; i++ {
				p := "I-"
				if i == first {
					p = "B-"
				}
				labels[i] = p + typ + suffix
			}
		}
	}
	return labels
}

// abbreviation reports whether a token can be an abbreviation before a
// point (St, Dr, Nr): one to three letters, the first a capital.
func abbreviation(tok string) bool {
	n := 0
	for _, r := range tok {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3 && isUpperInitial(tok)
}

// wholeToken reports whether a name that leaves pre and post of its token
// uncovered still counts as the whole token: what is left holds no letter
// (@Paul, ,Irmingard) or is split off by a slash (München/Hamburg,
// AFP/SID/Miguel), as GermEval's tokens keep such strings together.
func wholeToken(pre, post string) bool {
	if strings.HasSuffix(pre, "/") || strings.HasPrefix(post, "/") {
		return true
	}
	return strings.IndexFunc(pre+post, unicode.IsLetter) < 0
}
