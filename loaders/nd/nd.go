// Package nd reads pages saved from nd-aktuell.de: advertising markers,
// title, subtitle, a bullet list with authors and "Lesedauer", the body in
// blank-line-separated paragraphs, and subscription and donation appeals
// at the end. The furniture phrases are embedded data (ads.txt,
// appeals.txt).
package nd

import (
	_ "embed"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/internal/textkit"
)

// Format is the nd reader's registration.
var Format = loaders.Format{
	Name:        "nd",
	Description: "nd-aktuell.de page (Werbung, title, subtitle, • author, • Lesedauer, appeals)",
	Extensions:  []string{".txt"},
	Sniff:       Sniff,
	Priority:    40,
	Read:        Read,
}

func init() { loaders.Register(Format) }

var (
	//go:embed ads.txt
	adsData string
	//go:embed appeals.txt
	appealsData string

	ads     = lowerList(adsData)
	appeals = lowerList(appealsData)

	bulletRe    = regexp.MustCompile(`^\s*[•·▪*]\s+(.*)$`)
	readingRe   = regexp.MustCompile(`(?i)^lesedauer\s*:`)
	sniffLineRe = regexp.MustCompile(`(?m)^\s*•\s*Lesedauer\s*:`)
)

func lowerList(data string) []string {
	var out []string
	for _, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, strings.ToLower(l))
		}
	}
	return out
}

// Sniff accepts a page with the "• Lesedauer:" bullet, or one opening with
// an advertising marker followed by a bullet list.
func Sniff(head []byte) bool {
	s := string(head)
	if sniffLineRe.MatchString(s) {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimLeft(s, " \t\n"), "\n")
	return isAd(first) && strings.Contains(s, "\n  • ")
}

func isAd(p string) bool {
	p = strings.ToLower(strings.TrimSpace(p))
	for _, a := range ads {
		if p == a {
			return true
		}
	}
	return false
}

func isAppeal(p string) bool {
	p = strings.ToLower(p)
	for _, a := range appeals {
		if strings.Contains(p, a) {
			return true
		}
	}
	return false
}

// block is a run of non-blank lines.
type block []string

func blocks(s string) []block {
	var out []block
	var cur block
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (b block) text() string {
	parts := make([]string, len(b))
	for i, l := range b {
		parts[i] = strings.TrimSpace(l)
	}
	return strings.Join(parts, " ")
}

// bullets returns the items if every line of b is a bullet.
func (b block) bullets() ([]string, bool) {
	items := make([]string, 0, len(b))
	for _, l := range b {
		m := bulletRe.FindStringSubmatch(l)
		if m == nil {
			return nil, false
		}
		items = append(items, strings.TrimSpace(m[1]))
	}
	return items, true
}

// Read parses one nd page.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	var bs []block
	for _, b := range blocks(string(data)) {
		if !isAd(b.text()) {
			bs = append(bs, b)
		}
	}
	a := newsgraph.Article{Source: "nd"}
	// The header ends at the first bullet list: author(s) and reading time.
	body, byline := bs, false
	for i, b := range bs {
		items, ok := b.bullets()
		if !ok {
			continue
		}
		header := bs[:i]
		if len(header) > 0 {
			a.Title = header[0].text()
			header = header[1:]
		}
		var lead []string
		for _, h := range header {
			lead = append(lead, h.text())
		}
		for _, it := range items {
			switch {
			case readingRe.MatchString(it):
			case textkit.ParseDate(it) != "":
				a.Date = textkit.ParseDate(it)
			default:
				a.Authors = append(a.Authors, it)
			}
		}
		body = append(leadBlocks(lead), bs[i+1:]...)
		byline = true
		break
	}
	if !byline && len(bs) > 1 && textkit.LooksLikeTitle(bs[0].text()) {
		a.Title = bs[0].text() // no byline: take a headline-like opening
		body = bs[1:]
	}
	var paras []string
	for _, b := range body {
		t := b.text()
		if isAppeal(t) {
			break
		}
		if textkit.IsCaption(t) || strings.HasPrefix(t, "→ ") {
			continue // picture caption or a link list between paragraphs
		}
		paras = append(paras, t)
	}
	a.Text = textkit.Join(paras)
	return []newsgraph.Article{a}, nil
}

func leadBlocks(lead []string) []block {
	out := make([]block, len(lead))
	for i, l := range lead {
		out[i] = block{l}
	}
	return out
}
