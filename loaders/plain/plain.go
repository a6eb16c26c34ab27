// Package plain reads UTF-8 text with nothing known about its layout, the
// fallback for .txt files no other reader recognises: paragraphs at blank
// lines, the first line as the title if it reads like one. Such files are
// often web pages saved as text, so page furniture ("Artikel teilen",
// "Mehr zum Thema …"), picture captions and a date line ("Stand:
// 09.01.2022 14:03 Uhr") are recognised: the furniture and captions are
// dropped and the date becomes the article's date.
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
	Description: "plain UTF-8 text or a web page saved as text; a first line that reads like a headline becomes the title, a date line the date",
	Extensions:  []string{".txt", ".text"},
	Priority:    -100,
	Read:        Read,
}

func init() { loaders.Register(Format) }

// Read parses one plain-text article.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	var a newsgraph.Article
	var kept []textkit.Block
	for _, b := range textkit.Blocks(string(data)) {
		if textkit.IsFurniture(b.Text) {
			continue
		}
		if a.Date == "" && len(kept) < 8 {
			if d := textkit.DateLine(b.Text); d != "" {
				a.Date = d
				continue
			}
		}
		kept = append(kept, b)
	}
	if len(kept) > 0 {
		kept[0].Text = strings.TrimSpace(strings.TrimLeft(kept[0].Text, "# ")) // a Markdown heading too
	}
	if len(kept) > 1 && kept[0].Lines == 1 && textkit.LooksLikeTitle(kept[0].Text) {
		a.Title = kept[0].Text
		kept = kept[1:]
	}
	paras := make([]string, 0, len(kept))
	for i, b := range kept {
		// a caption is no article text, but a lone paragraph is kept whatever it is
		if textkit.IsCaption(b.Text) && len(kept) > 1 {
			continue
		}
		if i == len(kept)-1 && a.Date == "" {
			if d := textkit.DateLine(b.Text); d != "" { // a date in the page footer
				a.Date = d
				continue
			}
		}
		paras = append(paras, b.Text)
	}
	a.Source = "unknown"
	if src, rest := textkit.AttributeParagraphs(paras); src != "" {
		a.Source, paras = src, rest
	}
	a.Text = textkit.Join(paras)
	return []newsgraph.Article{a}, nil
}
