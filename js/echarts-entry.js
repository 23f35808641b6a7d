// Only the ECharts parts the app uses, exposed as the global `echarts` that the app's
// chart adapter (src/chart.rs) calls.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, MarkLineComponent,
  MarkPointComponent, AriaComponent, TitleComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent,
  MarkLineComponent, MarkPointComponent, AriaComponent, TitleComponent, CanvasRenderer,
]);
globalThis.echarts = echarts;
