// Package extract is the extraction pipeline: it segments an article,
// finds the entity mentions, resolves them into entities and reads the
// relations between them. The result is a newsgraph.Analysis.
package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/mentions"
	"github.com/newsgraph/newsgraph/extract/relations"
	"github.com/newsgraph/newsgraph/extract/resolve"
	"github.com/newsgraph/newsgraph/extract/text"
)

// Pipeline is the rule-based extractor. It is safe for concurrent use.
type Pipeline struct {
	finder *mentions.Finder
}

var _ newsgraph.Extractor = (*Pipeline)(nil)

// New returns the pipeline with the embedded lexicons (loaded once).
func New() *Pipeline {
	return &Pipeline{finder: mentions.New()}
}

// Extract analyses one article.
func (p *Pipeline) Extract(a newsgraph.Article) newsgraph.Analysis {
	doc := text.Segment(a)
	ms := p.findWithTitle(doc)
	ents, merges := resolve.Resolve(doc, ms)
	an := newsgraph.Analysis{Article: a, Entities: ents, Merges: merges}
	an.Relations = relations.Extract(doc, ents)
	if an.Entities == nil {
		an.Entities = []newsgraph.Entity{}
	}
	if an.Relations == nil {
		an.Relations = []newsgraph.Relation{}
	}
	return an
}

// Document exposes the stages for tools that explain an extraction: the
// segmented document and the raw mentions before resolution.
func (p *Pipeline) Document(a newsgraph.Article) (*text.Document, []mentions.Mention) {
	doc := text.Segment(a)
	return doc, p.findWithTitle(doc)
}

// TitleSentence is the sentence index of mentions found in the headline
// (Article.Title), which is not part of Article.Text: their Span is empty.
const TitleSentence = -1

// findWithTitle finds the mentions of the body and of the headline, when
// the loader keeps the headline apart from the text. Headline mentions
// get sentence index TitleSentence, an empty span and a "title:" cue.
func (p *Pipeline) findWithTitle(doc *text.Document) []mentions.Mention {
	title := strings.TrimSpace(doc.Article.Title)
	if title == "" || strings.Contains(doc.Article.Text, title) {
		return p.finder.Find(doc)
	}
	head := text.Segment(newsgraph.Article{Text: title})
	joint := &text.Document{Article: doc.Article}
	for _, s := range head.Sentences {
		s.Index = TitleSentence
		joint.Sentences = append(joint.Sentences, s)
	}
	joint.Sentences = append(joint.Sentences, doc.Sentences...)
	ms := p.finder.Find(joint)
	// headline first, then the body in text order
	out := make([]mentions.Mention, 0, len(ms))
	for _, m := range ms {
		if m.Sentence == TitleSentence {
			m.Span = newsgraph.Span{}
			m.Cue = "title:" + m.Cue
			out = append(out, m)
		}
	}
	for _, m := range ms {
		if m.Sentence != TitleSentence {
			out = append(out, m)
		}
	}
	return out
}
