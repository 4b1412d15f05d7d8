/** A wizard step of one draft. (Issue 3 builds the steps, grids and checks.) */
export function WizardPage({ draftId, step }: { draftId: string; step: string }) {
  return (
    <section>
      <h1>草稿 {draftId}</h1>
      <p>步骤：{step}</p>
    </section>
  );
}
