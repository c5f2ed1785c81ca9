package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

// DraftsPath is where a served meeting keeps what each person had typed
// and not committed: beside the session file, never in it, since a draft
// is its writer's alone and the session file is shared.
func DraftsPath(sessionPath string) string { return sessionPath + ".drafts" }

const draftsHeader = "# debrief drafts: what each person in a served meeting had typed and not\n" +
	"# committed, by the fingerprint of their key. debrief serve --resume gives it back.\n"

type draftsDoc struct {
	Debrief string            `yaml:"debrief"`
	Drafts  map[string]string `yaml:"drafts"`
}

// WriteDrafts writes drafts (text by key fingerprint) to path, owner-only
// and sealed like an export, so it replaces only the drafts file it wrote
// before and never a file someone else put there. With no drafts left it
// removes its own file instead.
func WriteDrafts(path string, drafts map[string]string) error {
	if len(drafts) == 0 {
		data, err := os.ReadFile(path)
		switch {
		case errors.Is(err, os.ErrNotExist):
			return nil
		case err != nil:
			return explain("read", path, err)
		case !Sealed(data):
			return nil // not ours to remove
		}
		if err := os.Remove(path); err != nil {
			return explain("remove", path, err)
		}
		return nil
	}
	// yaml.v3 sorts a map's keys: the same drafts make the same bytes.
	out, err := yaml.Marshal(draftsDoc{Debrief: "drafts", Drafts: drafts})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	_, err = WriteExport(path, append([]byte(draftsHeader), out...), YAML, ReplaceOptions{})
	return err
}

// LoadDrafts reads a drafts file WriteDrafts wrote; a missing one is no
// drafts. A file that is not debrief's drafts is refused, naming it.
func LoadDrafts(path string) (map[string]string, error) {
	data, err := ReadBounded(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var doc draftsDoc
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil || doc.Debrief != "drafts" {
		return nil, fmt.Errorf("%s is not a debrief drafts file; move it aside to serve this meeting again", path)
	}
	return doc.Drafts, nil
}
