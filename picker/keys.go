package picker

import "charm.land/bubbles/v2/key"

// keyMap holds the picker's keys, in two groups: the list and the preview.
type keyMap struct {
	Up, Down, Open, Replay, Quit key.Binding
	Scroll, Back                 key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:   key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp("enter", "preview")),
		Replay: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "replay")),
		Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Scroll: key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown"), key.WithHelp("↑/↓/pgup/pgdn", "scroll")),
		Back:   key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
	}
}

// listHelp and previewHelp are the keys each view shows, so the help
// line only ever names keys that work there.
func (k keyMap) listHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Replay, k.Quit}
}
func (k keyMap) previewHelp() []key.Binding { return []key.Binding{k.Scroll, k.Replay, k.Back, k.Quit} }
