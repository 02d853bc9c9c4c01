import { runListsBench } from './lists.bench';
void runListsBench();
