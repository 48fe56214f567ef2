// The instant the views start from: the plan's "now", else the earliest a live shipment is available, else today.

export async function referenceTime(ctx, plan) {
    if (plan?.now) return Date.parse(plan.now);
    if (ctx.state.firstAvailable == null) {
        ctx.state.firstAvailable = Date.now();
        try {
            // The first page is enough: the scenario's shipments come in the order they were imported.
            const page = await ctx.api.get("/api/shipments?size=100");
            const times = (page.items || []).map((s) => Date.parse(s.availableAt)).filter((t) => !Number.isNaN(t));
            if (times.length) ctx.state.firstAvailable = Math.min(...times);
        } catch (e) {
            ctx.fail(e);
        }
    }
    return ctx.state.firstAvailable;
}
