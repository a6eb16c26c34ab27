// Package plain reads UTF-8 text with nothing known about its layout, the
// fallback for .txt files no other reader recognises: paragraphs at blank
// lines, the first line as the title if it reads like one.
package plain

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/internal/textkit"
)

// Format is the plain reader's registration: lowest priority, no sniffer.
var Format = loaders.Format{
	Name:        "plain",
	Description: "plain UTF-8 text; a first line that reads like a headline becomes the title",
	Extensions:  []string{".txt", ".text"},
	Priority:    -100,
	Read:        Read,
}

func init() { loaders.Register(Format) }

// Read parses one plain-text article.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	s := strings.TrimLeft(string(data), "\n")
	var a newsgraph.Article
	first, rest, _ := strings.Cut(s, "\n")
	first = strings.TrimSpace(strings.TrimLeft(first, "# ")) // a Markdown heading too
	// A title stands alone: the line after it is blank.
	if strings.HasPrefix(rest, "\n") || strings.HasPrefix(strings.TrimLeft(rest, " \t"), "\n") {
		if textkit.LooksLikeTitle(first) && strings.TrimSpace(rest) != "" {
			a.Title = first
			s = rest
		}
	}
	paras := textkit.Paragraphs(s)
	a.Source = "unknown"
	if src, rest := textkit.AttributeParagraphs(paras); src != "" {
		a.Source, paras = src, rest
	}
	a.Text = textkit.Join(paras)
	return []newsgraph.Article{a}, nil
}
