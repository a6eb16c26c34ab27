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

// block is a paragraph and the number of lines it was written on: only a
// paragraph of one line can be a headline.
type block struct {
	text  string
	lines int
}

// blocks splits text at blank lines, joining each paragraph's lines with
// single spaces.
func blocks(text string) []block {
	var out []block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, block{strings.Join(cur, " "), len(cur)})
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			flush()
		} else {
			cur = append(cur, line)
		}
	}
	flush()
	return out
}

// Read parses one plain-text article.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	var a newsgraph.Article
	var kept []block
	for _, b := range blocks(string(data)) {
		if textkit.IsFurniture(b.text) {
			continue
		}
		if a.Date == "" && len(kept) < 8 {
			if d := textkit.DateLine(b.text); d != "" {
				a.Date = d
				continue
			}
		}
		kept = append(kept, b)
	}
	if len(kept) > 0 {
		kept[0].text = strings.TrimSpace(strings.TrimLeft(kept[0].text, "# ")) // a Markdown heading too
	}
	if len(kept) > 1 && kept[0].lines == 1 && textkit.LooksLikeTitle(kept[0].text) {
		a.Title = kept[0].text
		kept = kept[1:]
	}
	paras := make([]string, 0, len(kept))
	for i, b := range kept {
		// a caption is no article text, but a lone paragraph is kept whatever it is
		if textkit.IsCaption(b.text) && len(kept) > 1 {
			continue
		}
		if i == len(kept)-1 && a.Date == "" {
			if d := textkit.DateLine(b.text); d != "" { // a date in the page footer
				a.Date = d
				continue
			}
		}
		paras = append(paras, b.text)
	}
	a.Source = "unknown"
	if src, rest := textkit.AttributeParagraphs(paras); src != "" {
		a.Source, paras = src, rest
	}
	a.Text = textkit.Join(paras)
	return []newsgraph.Article{a}, nil
}
