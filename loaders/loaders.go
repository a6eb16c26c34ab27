// Package loaders reads news articles from files in several formats.
//
// Each format is a small sub-package (loaders/taz, loaders/nd, …) that
// registers a Format in its init function, cayley style; import
// loaders/all to get every one. ReadBytes and ReadFile pick the format by
// content first (a Sniff function: the seed formats all end in .txt) and
// by file extension second, validate and decode the bytes, and fill the
// fields every article shares (XID, File, Format, NFC text).
//
// Adding a format: create loaders/<name> with a Format (Name, Extensions,
// Sniff, Priority, Read) registered in init, blank-import it in
// loaders/all, and run loadertest.Run on a few sample files of your own.
package loaders

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
)

// Format describes one input format.
type Format struct {
	// Name identifies the format: "taz", "nd", "csv-10kgnad", …
	Name string
	// Description is one line for `newsgraph formats`.
	Description string
	// Extensions are the file extensions the format claims, lower case
	// with the dot (".txt"). Expand keeps only files with a registered one.
	Extensions []string
	// Sniff reports whether the start of a file (up to SniffBytes of
	// decoded UTF-8) is in this format. Nil means never by content.
	Sniff func(head []byte) bool
	// Priority orders the sniffers and extension matches: higher first.
	Priority int
	// Corpus marks formats holding many articles per file; they may be up
	// to MaxCorpusBytes long instead of MaxArticleBytes.
	Corpus bool
	// Read parses a whole file. data is valid UTF-8 without BOM or NUL,
	// with "\n" line endings. Read returns the articles with Title, Text,
	// Source, Date, Authors, URL as the format knows them; the loader
	// fills the rest. On damage part-way through, Read returns the
	// articles before the damage and an error saying where it is.
	Read func(name string, data []byte) ([]newsgraph.Article, error)
}

var (
	mu       sync.RWMutex
	registry = map[string]Format{}
)

// Register makes a format available by name. It panics on a programming
// error: an empty name, a nil Read, or a name registered twice.
func Register(f Format) {
	if f.Name == "" || f.Read == nil {
		panic("loaders: Register needs a Name and a Read function")
	}
	mu.Lock()
	defer mu.Unlock()
	if _, dup := registry[f.Name]; dup {
		panic("loaders: format registered twice: " + f.Name)
	}
	for i, e := range f.Extensions {
		f.Extensions[i] = strings.ToLower(e)
	}
	registry[f.Name] = f
}

// Formats returns every registered format, highest priority first, then
// by name.
func Formats() []Format {
	mu.RLock()
	out := make([]Format, 0, len(registry))
	for _, f := range registry {
		out = append(out, f)
	}
	mu.RUnlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].Priority != out[j].Priority {
			return out[i].Priority > out[j].Priority
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Lookup returns the format registered under name.
func Lookup(name string) (Format, bool) {
	mu.RLock()
	defer mu.RUnlock()
	f, ok := registry[name]
	return f, ok
}

// HasExtension reports whether some registered format claims the file's
// extension.
func HasExtension(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == "" {
		return false
	}
	for _, f := range Formats() {
		for _, e := range f.Extensions {
			if e == ext {
				return true
			}
		}
	}
	return false
}

// Detect picks the format of a file from its name and the start of its
// decoded content: the highest-priority format whose Sniff accepts head,
// else by extension the highest-priority format without a sniffer, else
// the highest-priority format claiming the extension; a name without
// extension (standard input) falls back to a format without a sniffer.
func Detect(name string, head []byte) (Format, error) {
	all := Formats()
	for _, f := range all {
		if f.Sniff != nil && f.Sniff(head) {
			return f, nil
		}
	}
	// By extension: every sniffer has said no, so prefer a format that
	// does not sniff (plain text); else let the best claimant's reader
	// say precisely what is wrong with the file.
	ext := strings.ToLower(filepath.Ext(name))
	var claimant *Format
	for i, f := range all {
		if !slices.Contains(f.Extensions, ext) {
			continue
		}
		if f.Sniff == nil {
			return f, nil
		}
		if claimant == nil {
			claimant = &all[i]
		}
	}
	if claimant != nil {
		return *claimant, nil
	}
	// No extension at all (standard input): the formats that need no
	// sniffing, plain text, take it.
	if ext == "" {
		for _, f := range all {
			if f.Sniff == nil {
				return f, nil
			}
		}
	}
	return Format{}, invalid(name, "unknown format (no reader recognises the content or the extension %q; formats: %s)", ext, strings.Join(names(all), ", "))
}

func names(fs []Format) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

// invalid returns an EINVALID error naming the file.
func invalid(name, format string, args ...any) error {
	return newsgraph.Errorf(newsgraph.EINVALID, "%s: %s", displayName(name), fmt.Sprintf(format, args...))
}

func displayName(name string) string {
	if name == "" {
		return "input"
	}
	return name
}
