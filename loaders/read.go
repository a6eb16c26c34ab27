package loaders

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Size limits. A file above the limit is rejected before it is parsed, so
// a stray disk image cannot exhaust memory. Change them before reading.
var (
	// MaxArticleBytes bounds a file of a single-article format.
	MaxArticleBytes int64 = 20 << 20
	// MaxCorpusBytes bounds a file of a corpus format (CSV, JSON) and
	// anything read before its format is known.
	MaxCorpusBytes int64 = 1 << 30
)

// SniffBytes is how much of a file's start a Sniff function sees.
const SniffBytes = 4096

// Invalid returns an EINVALID application error naming the file; format
// readers use it so that every message has the same shape.
func Invalid(name, format string, args ...any) error {
	return invalid(name, format, args...)
}

// ReadBytes reads the articles in data, picking the format with Detect.
// name is used for detection by extension, in messages and, as its base
// name, in Article.File. Every article comes back with XID
// (newsgraph.ArticleXID of Text), File, Format, NFC Text and Title, and
// Source ("unknown" when the format cannot tell). Errors are EINVALID
// newsgraph.Errors naming the file; when a corpus is damaged part-way
// (a truncated CSV), the articles before the damage are returned too.
func ReadBytes(name string, data []byte) ([]newsgraph.Article, error) {
	return ReadBytesAs("", name, data)
}

// ReadBytesAs is ReadBytes with the format given by name; "" detects it.
func ReadBytesAs(format, name string, data []byte) (arts []newsgraph.Article, err error) {
	if int64(len(data)) > MaxCorpusBytes {
		return nil, tooBig(name, int64(len(data)), MaxCorpusBytes, "MaxCorpusBytes")
	}
	text, err := Decode(name, data)
	if err != nil {
		return nil, err
	}
	var f Format
	if format != "" {
		var ok bool
		if f, ok = Lookup(format); !ok {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "unknown format %q (formats: %s)", format, strings.Join(names(Formats()), ", "))
		}
	} else {
		head := text
		if len(head) > SniffBytes {
			head = head[:SniffBytes]
		}
		if f, err = Detect(name, head); err != nil {
			return nil, err
		}
	}
	if !f.Corpus && int64(len(text)) > MaxArticleBytes {
		return nil, tooBig(name, int64(len(text)), MaxArticleBytes, "MaxArticleBytes")
	}
	defer func() {
		if r := recover(); r != nil {
			arts = nil
			err = newsgraph.Errorf(newsgraph.EINTERNAL, "%s: %s reader failed: %v", displayName(name), f.Name, r)
		}
	}()
	arts, readErr := f.Read(name, text)
	if readErr != nil && newsgraph.ErrorCode(readErr) == newsgraph.EINTERNAL {
		readErr = newsgraph.Wrap(newsgraph.EINVALID, readErr, "%s", displayName(name))
	}
	if len(arts) == 0 && readErr == nil {
		readErr = invalid(name, "no articles found (read as %s)", f.Name)
	}
	arts, finErr := finish(f, name, arts)
	return arts, errors.Join(readErr, finErr)
}

func tooBig(name string, size, limit int64, knob string) error {
	return invalid(name, "file is %s, more than the limit of %s (loaders.%s)", human(size), human(limit), knob)
}

func human(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// finish fills the fields every article shares and drops articles left
// without text. File becomes the file's base name; a corpus reader may name
// each record by setting File to a fragment "#<id>" (see RecordFile), which
// is kept after the base name so that every row has its own identity.
func finish(f Format, name string, arts []newsgraph.Article) ([]newsgraph.Article, error) {
	base := ""
	if name != "" {
		base = filepath.Base(name)
	}
	out := arts[:0]
	var empty []int
	for i, a := range arts {
		a.Text = cleanText(a.Text)
		if a.Text == "" {
			empty = append(empty, i+1)
			continue
		}
		a.Title = cleanLine(a.Title)
		a.Source = cleanLine(a.Source)
		if a.Source == "" {
			a.Source = "unknown"
		}
		a.URL = strings.TrimSpace(a.URL)
		a.Date = strings.TrimSpace(a.Date)
		a.Authors = cleanAuthors(a.Authors)
		a.XID = newsgraph.ArticleXID(a.Text)
		a.File = recordFile(f, base, a.File)
		a.Format = f.Name
		out = append(out, a)
	}
	switch {
	case len(empty) == 0:
		return out, nil
	case !f.Corpus:
		return out, invalid(name, "no article text left after removing the %s page furniture", f.Name)
	default:
		return out, invalid(name, "%d article(s) without text skipped (numbers %v)", len(empty), firstFew(empty))
	}
}

// RecordFile is the fragment a corpus reader puts in Article.File to name
// one record, e.g. RecordFile(12) = "#12"; the loaded article's File is then
// "corpus.csv#12".
func RecordFile(n int) string { return "#" + strconv.Itoa(n) }

func recordFile(f Format, base, file string) string {
	if f.Corpus && base != "" && strings.HasPrefix(file, "#") && len(file) > 1 {
		return base + file
	}
	return base
}

func firstFew(ns []int) []int {
	if len(ns) > 10 {
		return ns[:10]
	}
	return ns
}

// cleanText normalises to NFC, trims every line's trailing space and
// collapses runs of blank lines to one.
func cleanText(s string) string {
	s = norm.NFC.String(s)
	lines := strings.Split(s, "\n")
	out := lines[:0]
	blank := true
	for _, l := range lines {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

func cleanLine(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(s)), " ")
}

func cleanAuthors(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range in {
		a = cleanLine(a)
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	return out
}

// Decode turns a file's bytes into the text a Format's Read expects:
// valid NFC UTF-8 with "\n" line endings, no BOM, no NUL. It accepts
// UTF-8 (with or without BOM), UTF-16 with BOM, and — when no byte
// sequence in the file is valid multi-byte UTF-8 — Windows-1252, the
// superset of Latin-1 older German files use. It rejects empty files,
// binary files and files mixing encodings. An incomplete UTF-8 sequence at
// the very end (a file cut off mid-character) is dropped.
func Decode(name string, data []byte) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, invalid(name, "file is empty")
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
		d, err := dec.Bytes(data)
		if err != nil {
			return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "%s: broken UTF-16", displayName(name))
		}
		data = d
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, invalid(name, "binary file, not text (NUL byte at offset %d; UTF-16 needs a byte-order mark)", i)
	}
	if !utf8.Valid(data) {
		bad := firstInvalid(data)
		switch {
		case len(data)-bad < utf8.UTFMax && !utf8.FullRune(data[bad:]):
			data = data[:bad] // cut off mid-character
		case hasMultiByteUTF8(data):
			line := bytes.Count(data[:bad], []byte("\n")) + 1
			return nil, invalid(name, "not valid UTF-8 at line %d (byte %d); the file mixes encodings — convert it to UTF-8", line, bad)
		default:
			if i := undefinedIn1252(data); i >= 0 {
				return nil, invalid(name, "neither UTF-8 nor Windows-1252/Latin-1 (byte 0x%02x at offset %d) — convert it to UTF-8", data[i], i)
			}
			d, err := charmap.Windows1252.NewDecoder().Bytes(data)
			if err != nil {
				return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "%s: not UTF-8 and not Windows-1252", displayName(name))
			}
			data = d
		}
	}
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, invalid(name, "file is empty")
	}
	return norm.NFC.Bytes(data), nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func hasMultiByteUTF8(b []byte) bool {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if n > 1 && r != utf8.RuneError {
			return true
		}
		i += n
	}
	return false
}

// checkText rejects data that is mostly not text: more than one control
// character (other than tab, line and page breaks) in a hundred runes.
func checkText(name string, data []byte) error {
	runes, controls := 0, 0
	for _, r := range string(data) {
		runes++
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v') || (r >= 0x7f && r < 0xa0) {
			controls++
		}
	}
	if controls*100 > runes {
		return invalid(name, "binary file, not text (%d control characters in %d)", controls, runes)
	}
	return nil
}

// ReadFile reads the articles in the file at path ("-" is standard input).
func ReadFile(path string) ([]newsgraph.Article, error) {
	return ReadFileAs("", path)
}

// ReadFileAs is ReadFile with the format given by name; "" detects it.
func ReadFileAs(format, path string) ([]newsgraph.Article, error) {
	if path == "-" {
		return ReadReaderAs(format, "stdin", os.Stdin)
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "%s: no such file", path)
	case err != nil:
		return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "%s: cannot read", path)
	case info.IsDir():
		return nil, invalid(path, "is a directory (use Expand to list its files)")
	case info.Size() > MaxCorpusBytes:
		return nil, tooBig(path, info.Size(), MaxCorpusBytes, "MaxCorpusBytes")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "%s: cannot read", path)
	}
	return ReadBytesAs(format, path, data)
}

// ReadStdin reads the articles on standard input, detecting the format.
func ReadStdin() ([]newsgraph.Article, error) {
	return ReadReaderAs("", "stdin", os.Stdin)
}

// ReadReaderAs reads the articles from r, at most MaxCorpusBytes of it.
// name stands for the file in messages and detection; format "" detects.
func ReadReaderAs(format, name string, r io.Reader) ([]newsgraph.Article, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxCorpusBytes+1))
	if err != nil {
		return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "%s: cannot read", displayName(name))
	}
	return ReadBytesAs(format, name, data)
}

// Problems returns one EINVALID error naming the file and listing the
// first few problems ("line 7: unterminated quote"), or nil if none.
func Problems(name string, problems []string) error {
	if len(problems) == 0 {
		return nil
	}
	const show = 5
	msg := strings.Join(problems[:min(show, len(problems))], "; ")
	if len(problems) > show {
		msg += fmt.Sprintf("; and %d more", len(problems)-show)
	}
	return invalid(name, "%s", msg)
}

// undefinedIn1252 returns the offset of the first byte Windows-1252 leaves
// undefined, or -1.
func undefinedIn1252(b []byte) int {
	for i, c := range b {
		switch c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			return i
		}
	}
	return -1
}
