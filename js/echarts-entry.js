// Only the ECharts parts the app uses, exposed as the global `echarts` that the app's
// chart adapter (src/chart.rs) calls.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Text alternatives (names, summaries, tables) are the app's own, so no AriaComponent.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);
globalThis.echarts = echarts;
