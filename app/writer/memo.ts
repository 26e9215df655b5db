// A pure function of a string with its answers kept: the composers and the resume scanner
// ask about the same few phrases and verbs again and again (while fitting lengths, across
// bullets and across scans). Bounded; the oldest answer is dropped first.
export function memoized<T>(compute: (key: string) => T, size = 5000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    const answer = compute(key);
    if (answers.size >= size) answers.delete(answers.keys().next().value!);
    answers.set(key, answer);
    return answer;
  };
}
