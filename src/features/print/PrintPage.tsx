/** The print view of one draft. (Issue 5 lays out the report in the official format.) */
export function PrintPage({ draftId }: { draftId: string }) {
  return (
    <section>
      <h1>打印预览 {draftId}</h1>
    </section>
  );
}
