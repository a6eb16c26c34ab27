// Package jsonl reads articles as JSON: one object, an array of objects,
// or newline-delimited objects (NDJSON / JSON Lines), each
// {"text", "title", "source", "url", "date", "authors"}. The HTTP service
// accepts the same shape.
package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/loaders/internal/textkit"
)

// Format is the JSON reader's registration.
var Format = loaders.Format{
	Name:        "json",
	Description: `JSON object, array or JSON Lines of {"text","title","source","url","date","authors"}`,
	Extensions:  []string{".json", ".jsonl", ".ndjson"},
	Sniff:       Sniff,
	Priority:    20,
	Corpus:      true,
	Read:        Read,
}

func init() { loaders.Register(Format) }

// Record is one article as JSON. Only text is required; date is ISO 8601
// (a timestamp is cut to its date); authors is a list or a single string.
type Record struct {
	Text    string  `json:"text"`
	Title   string  `json:"title,omitempty"`
	Source  string  `json:"source,omitempty"`
	URL     string  `json:"url,omitempty"`
	Date    string  `json:"date,omitempty"`
	Authors Authors `json:"authors,omitempty"`
}

// Authors accepts ["A", "B"] or "A".
type Authors []string

// UnmarshalJSON implements json.Unmarshaler.
func (a *Authors) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*a = Authors{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return errors.New("authors must be a string or a list of strings")
	}
	*a = many
	return nil
}

var sniffRe = regexp.MustCompile(`^\s*(?:\{\s*"|\[\s*[\{\]])`)

// Sniff accepts text opening with an object ({") or an array of objects.
func Sniff(head []byte) bool { return sniffRe.Match(head) }

// Read decodes every record. A syntax error ends the read; a record that
// decodes but is unusable (no text, bad date, wrong types) is skipped.
// Either way the good records come back with an error naming the lines.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	lines := newLineIndex(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	var arts []newsgraph.Article
	var problems []string
	fail := func(off int64, msg string) {
		problems = append(problems, "line "+strconv.Itoa(lines.at(off))+": "+msg)
	}
	array := bytes.HasPrefix(bytes.TrimLeft(data, " \t\n"), []byte("["))
	if array {
		if _, err := dec.Token(); err != nil {
			return nil, loaders.Invalid(name, "%v", err)
		}
	}
	for {
		if array && !dec.More() {
			if _, err := dec.Token(); err != nil { // the closing ]
				fail(dec.InputOffset(), "unterminated array (file truncated?)")
			}
			break
		}
		start := dec.InputOffset() + int64(leadingSpace(data[dec.InputOffset():]))
		var r Record
		err := dec.Decode(&r)
		if err == io.EOF {
			if array {
				fail(start, "unterminated array (file truncated?)")
			}
			break
		}
		var syn *json.SyntaxError
		switch {
		case errors.As(err, &syn):
			fail(syn.Offset, syn.Error())
			return arts, loaders.Problems(name, problems)
		case errors.Is(err, io.ErrUnexpectedEOF):
			fail(start, "record not closed (file truncated?)")
			return arts, loaders.Problems(name, problems)
		case err != nil:
			fail(start, err.Error())
			continue
		}
		a, msg := article(r)
		if msg != "" {
			fail(start, msg)
			continue
		}
		arts = append(arts, a)
	}
	if array {
		if _, err := dec.Token(); err != io.EOF {
			fail(dec.InputOffset(), "data after the closing ]")
		}
	}
	if len(problems) > 0 {
		return arts, loaders.Problems(name, problems)
	}
	return arts, nil
}

func article(r Record) (newsgraph.Article, string) {
	if strings.TrimSpace(r.Text) == "" {
		return newsgraph.Article{}, `no "text"`
	}
	a := newsgraph.Article{Text: r.Text, Title: r.Title, Source: r.Source, URL: r.URL, Authors: r.Authors}
	if r.Date != "" {
		if a.Date = textkit.ParseDate(r.Date); a.Date == "" {
			return a, "date " + strconv.Quote(r.Date) + " is not ISO 8601 (YYYY-MM-DD)"
		}
	}
	return a, ""
}

func leadingSpace(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t' || b[n] == '\n' || b[n] == ',') {
		n++
	}
	return n
}

// lineIndex maps byte offsets to line numbers.
type lineIndex []int

func newLineIndex(data []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

func (l lineIndex) at(off int64) int {
	lo, hi := 0, len(l)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if int64(l[mid]) <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1
}
