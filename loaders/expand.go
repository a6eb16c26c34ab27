package loaders

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Expand turns command-line arguments into the files to read. A file is
// kept whatever its extension (the user named it); a directory is walked
// recursively in lexical order, skipping hidden files and directories
// (name starting with ".") and files no registered format claims by
// extension; "-" (standard input) is kept as is. Each path appears once.
func Expand(paths []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, p := range paths {
		if p == "-" {
			add(p)
			continue
		}
		info, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "%s: no such file or directory", p)
		case err != nil:
			return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "%s: cannot read", p)
		case !info.IsDir():
			add(p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && isFile(path, d) && HasExtension(path) {
				add(path)
			}
			return nil
		})
		if err != nil {
			return nil, newsgraph.Wrap(newsgraph.EINVALID, err, "%s: cannot list", p)
		}
	}
	return out, nil
}

// isFile reports whether a directory entry is a regular file, following
// symbolic links.
func isFile(path string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}
