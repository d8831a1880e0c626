/** A fake speechSynthesis for tests: voices as given, utterances kept until the test ends them. */
export class FakeUtterance {
  voice: { lang: string } | null = null;
  lang = "";
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

export function fakeSpeech(langs: string[]) {
  const spoken: FakeUtterance[] = [];
  const voices = langs.map((lang, i) => ({ lang, name: `fake-${lang}`, voiceURI: `fake-${i}`, localService: true, default: i === 0 }));
  const synth = {
    spoken,
    paused: false,
    current: null as FakeUtterance | null,
    getVoices: () => voices,
    speak(u: FakeUtterance) {
      spoken.push(u);
      synth.current = u;
    },
    cancel() {
      const u = synth.current;
      synth.current = null;
      u?.onerror?.({ error: "canceled" });
    },
    pause() {
      synth.paused = true;
    },
    resume() {
      synth.paused = false;
    },
    addEventListener() {},
    removeEventListener() {},
    /** The utterance being spoken ends. */
    finish() {
      const u = synth.current;
      synth.current = null;
      u?.onend?.();
    },
  };
  return synth;
}
