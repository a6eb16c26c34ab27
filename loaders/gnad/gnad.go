// Package gnad reads the 10kGNAD corpus (Ten Thousand German News
// Articles Dataset, derStandard.at): one article per line, "label;text",
// ';'-separated, quote character ”'” (doubled inside a field), no header.
// encoding/csv cannot be used: its quote character is fixed to '"',
// which the texts contain unescaped.
package gnad

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
)

// Format is the 10kGNAD reader's registration.
var Format = loaders.Format{
	Name:        "10kgnad",
	Description: "10kGNAD corpus CSV: label;'text' per line, quote ', one article per row",
	Extensions:  []string{".csv"},
	Sniff:       Sniff,
	Priority:    30,
	Corpus:      true,
	Read:        Read,
}

func init() { loaders.Register(Format) }

var sniffRe = regexp.MustCompile(`^\p{L}[\p{L}-]*;'`)

// Sniff accepts a first line of the form "Label;'…".
func Sniff(head []byte) bool { return sniffRe.Match(head) }

// Row is one record of the corpus.
type Row struct {
	Label string
	Text  string
	Line  int // line the record starts on, from 1
	// Record is the row's number from 1, counting damaged rows but not
	// blank lines: unlike Line it does not change with line-end style.
	Record int
}

// Read turns every row into an article with Source "derStandard" and File
// "<base name>#<row number from 1>" (Row.Record), so that a gold file or a
// graph node can name one row. The topic label has no place in newsgraph.Article and is
// dropped.
func Read(name string, data []byte) ([]newsgraph.Article, error) {
	rows, err := Parse(name, data)
	arts := make([]newsgraph.Article, 0, len(rows))
	for _, r := range rows {
		arts = append(arts, newsgraph.Article{Source: "derStandard", Text: r.Text, File: loaders.RecordFile(r.Record)})
	}
	return arts, err
}

// Parse splits the corpus into rows. A damaged row (wrong field count) is
// skipped and reported; an unterminated quote ends the parse. The rows
// before the damage are returned together with the error.
func Parse(name string, data []byte) ([]Row, error) {
	var rows []Row
	var problems []string
	line, record := 1, 0
	for pos := 0; pos < len(data); {
		if pos = skipCR(data, pos); pos >= len(data) {
			break
		}
		if data[pos] == '\n' { // blank line
			pos++
			line++
			continue
		}
		start := line
		record++
		var fields []string
		for {
			f, next, lines, ok := field(data, pos)
			line += lines
			if !ok {
				return rows, loaders.Problems(name, append(problems, lineMsg(start, "unterminated quote (file truncated?)")))
			}
			fields = append(fields, f)
			pos = skipCR(data, next)
			if pos >= len(data) || data[pos] == '\n' {
				pos++
				line++
				break
			}
			if data[pos] != ';' { // junk after a closing quote
				end := bytes.IndexByte(data[pos:], '\n')
				if end < 0 {
					end = len(data) - pos
				}
				problems = append(problems, lineMsg(start, "text after a closing quote"))
				pos += end + 1
				line++
				fields = nil
				break
			}
			pos++ // the ';'
		}
		switch {
		case fields == nil:
		case len(fields) != 2:
			problems = append(problems, lineMsg(start, "want 2 fields label;text, got "+strconv.Itoa(len(fields))))
		case strings.TrimSpace(fields[1]) == "":
			problems = append(problems, lineMsg(start, "empty text"))
		default:
			rows = append(rows, Row{Label: fields[0], Text: fields[1], Line: start, Record: record})
		}
	}
	if len(problems) > 0 {
		return rows, loaders.Problems(name, problems)
	}
	return rows, nil
}

// field reads one field at pos and returns it, the position after it,
// the newlines inside it and false if a quote is never closed.
func field(data []byte, pos int) (string, int, int, bool) {
	if pos >= len(data) || data[pos] != '\'' {
		end := pos
		for end < len(data) && data[end] != ';' && data[end] != '\n' {
			end++
		}
		return strings.TrimSuffix(string(data[pos:end]), "\r"), end, 0, true
	}
	pos++
	var b []byte
	from := pos
	for {
		i := bytes.IndexByte(data[pos:], '\'')
		if i < 0 {
			return "", len(data), bytes.Count(data[from:], []byte("\n")), false
		}
		q := pos + i
		if q+1 < len(data) && data[q+1] == '\'' { // doubled quote
			b = append(b, data[from:q+1]...)
			pos = q + 2
			from = pos
			continue
		}
		var s string
		if b == nil {
			s = string(data[from:q])
		} else {
			s = string(append(b, data[from:q]...))
		}
		// newlines inside the quoted field
		lines := strings.Count(s, "\n")
		return s, q + 1, lines, true
	}
}

// skipCR steps over the CR of a CRLF line end.
func skipCR(data []byte, pos int) int {
	if pos < len(data) && data[pos] == '\r' && (pos+1 == len(data) || data[pos+1] == '\n') {
		return pos + 1
	}
	return pos
}

func lineMsg(line int, msg string) string { return "line " + strconv.Itoa(line) + ": " + msg }
