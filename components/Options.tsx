export function Options() {
  return (
    <main class="dm-options">
      <h1>Dealmark options</h1>
    </main>
  );
}
